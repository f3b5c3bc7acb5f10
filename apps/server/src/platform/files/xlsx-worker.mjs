// Reads an uploaded .xlsx in a worker thread with its own heap limit (see xlsx-read.ts): a workbook built to
// exhaust memory kills this thread, never the API. Plain JavaScript so that it runs without a TS loader.
import { Buffer } from 'node:buffer';
import { parentPort, workerData } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';

const { file, maxRows, limits } = workerData;

class Refusal extends Error {
  constructor(code, message, field) {
    super(message);
    this.code = code;
    this.field = field;
  }
}

/**
 * Inflates every entry once, counting the bytes that really come out — the sizes the zip directory
 * declares can lie — and stops at the cap. yauzl also fails an entry that inflates past its declared size.
 */
function checkInflatedSize(buf) {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err) return reject(new Refusal('UNSUPPORTED_MEDIA_TYPE', '文件已损坏或不是 .xlsx'));
      let total = 0;
      let entries = 0;
      let workbook = false;
      const fail = (e) => {
        zip.close();
        reject(e);
      };
      zip.on('error', () => fail(new Refusal('UNSUPPORTED_MEDIA_TYPE', '文件已损坏或不是 .xlsx')));
      zip.on('end', () =>
        workbook ? resolve() : reject(new Refusal('UNSUPPORTED_MEDIA_TYPE', '不是 Excel 工作簿（.xlsx）')),
      );
      zip.on('entry', (entry) => {
        if (++entries > limits.maxEntries) return fail(new Refusal('PAYLOAD_TOO_LARGE', '文件内部条目过多'));
        if (entry.fileName === 'xl/workbook.xml') workbook = true;
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e) return fail(new Refusal('UNSUPPORTED_MEDIA_TYPE', '文件已损坏或不是 .xlsx'));
          stream.on('data', (chunk) => {
            total += chunk.length;
            if (total > limits.maxUncompressed) {
              stream.destroy();
              fail(new Refusal('PAYLOAD_TOO_LARGE', '文件解压后过大（疑似压缩炸弹）'));
            }
          });
          stream.on('error', (se) =>
            fail(
              /too many bytes|too few bytes/i.test(String(se?.message))
                ? new Refusal('PAYLOAD_TOO_LARGE', '文件解压后与目录不符（疑似压缩炸弹）')
                : new Refusal('UNSUPPORTED_MEDIA_TYPE', '文件已损坏或不是 .xlsx'),
            ),
          );
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  });
}

/** A cell as a plain value: formula → cached result, rich text → text, hyperlink → text, error → null. */
function plainValue(v) {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object' || v instanceof Date) return v;
  if ('formula' in v || 'sharedFormula' in v) return plainValue(v.result);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('text' in v) return v.text;
  return null;
}

async function readSheet(buf) {
  await checkInflatedSize(buf);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf);
  } catch {
    throw new Refusal('UNSUPPORTED_MEDIA_TYPE', '无法读取该 .xlsx 文件');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new Refusal('VALIDATION_FAILED', '工作簿中没有工作表', 'file');
  if (ws.actualRowCount - 1 > maxRows)
    throw new Refusal('VALIDATION_FAILED', `一次最多导入 ${maxRows} 行`, 'file');
  const width = ws.columnCount;
  const values = (r) => Array.from({ length: width }, (_, i) => plainValue(r.getCell(i + 1).value));
  const header = values(ws.getRow(1)).map((h) => String(h ?? '').trim());
  const rows = [];
  ws.eachRow({ includeEmpty: false }, (r, n) => {
    if (n === 1) return;
    const cells = values(r);
    if (cells.some((c) => c !== null && String(c).trim() !== '')) rows.push({ row: n, cells });
  });
  return { header, rows };
}

try {
  parentPort.postMessage({ ok: await readSheet(Buffer.from(file.buffer, file.byteOffset, file.byteLength)) });
} catch (e) {
  parentPort.postMessage(
    e instanceof Refusal
      ? { refused: { code: e.code, message: e.message, field: e.field } }
      : { refused: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '无法读取该 .xlsx 文件' } },
  );
}
