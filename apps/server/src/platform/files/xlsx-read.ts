import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '@anjian/domain';

/**
 * An uploaded .xlsx is hostile (SECURITY.md, uploads): the type is decided by magic bytes, every entry is
 * inflated once with the real output counted against a hard cap (a zip directory can lie about sizes),
 * cells are read as values (a formula yields its cached result, never its text), and all of it runs in a
 * worker thread with its own heap limit and deadline, so a workbook built to exhaust memory or time costs
 * that thread, never the API. Every import of the platform reads its files through `readSheet`.
 */
export const XlsxLimits: {
  readonly maxEntries: number;
  readonly maxUncompressed: number;
  readonly workerHeapMb: number;
  readonly timeoutMs: number;
  readonly concurrency: number;
} = {
  maxEntries: 2000,
  maxUncompressed: 64 * 1024 * 1024,
  /** Heap of one reading worker; ExcelJS needs roughly 20× the sheet's XML. */
  workerHeapMb: 384,
  timeoutMs: 60_000,
  /** Readers at once per process: each may use up to its heap. */
  concurrency: 2,
};

export interface Sheet {
  header: string[];
  rows: { row: number; cells: unknown[] }[];
}

const workerUrl = new URL('./xlsx-worker.mjs', import.meta.url);
let running = 0;
const waiting: (() => void)[] = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= XlsxLimits.concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

type WorkerAnswer = { ok: Sheet } | { refused: { code: ErrorCode; message: string; field?: string } };

/** The first worksheet's rows as plain values, with their spreadsheet row numbers; empty rows skipped. */
export function readSheet(
  buf: Buffer,
  maxRows: number,
  /** Tighter limits for tests of the limits themselves. */
  limits: Partial<typeof XlsxLimits> = {},
): Promise<Sheet> {
  const l = { ...XlsxLimits, ...limits };
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50)
    return Promise.reject(new AppError('UNSUPPORTED_MEDIA_TYPE', '只接受 .xlsx 文件'));
  return slot(
    () =>
      new Promise<Sheet>((resolve, reject) => {
        const worker = new Worker(workerUrl, {
          workerData: { file: buf, maxRows, limits: l },
          resourceLimits: { maxOldGenerationSizeMb: l.workerHeapMb, maxYoungGenerationSizeMb: 32 },
          stdout: true,
          stderr: true,
        });
        let settled = false;
        const settle = (fn: () => void) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          fn();
          void worker.terminate();
        };
        const tooBig = (why: string) =>
          new AppError('PAYLOAD_TOO_LARGE', `文件内容过大或过于复杂，无法导入（${why}）`);
        const timer = setTimeout(() => settle(() => reject(tooBig('处理超时'))), l.timeoutMs);
        worker.once('message', (m: WorkerAnswer) =>
          settle(() => {
            if ('ok' in m) return resolve(m.ok);
            const { code, message, field } = m.refused;
            reject(
              code === 'VALIDATION_FAILED'
                ? AppError.invalid([{ field: field ?? 'file', message }])
                : new AppError(code, message),
            );
          }),
        );
        worker.once('error', (err: Error & { code?: string }) =>
          // The workbook wanted more than the reader's heap; anything else is our fault and answers 500.
          settle(() => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooBig('内存超限') : err)),
        );
        worker.once('exit', () => settle(() => reject(tooBig('读取中断'))));
      }),
  );
}
