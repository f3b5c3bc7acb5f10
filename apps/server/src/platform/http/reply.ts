import path from 'node:path';
import type { FastifyReply } from 'fastify';

/** 201 with the created resource. */
export const created = <T>(reply: FastifyReply, body: T) => reply.code(201).send(body);

/** 204 without a body. */
export const noContent = (reply: FastifyReply) => reply.code(204).send(null);

/** A generated file: the name users see (Chinese allowed) and its bytes. */
export interface Download {
  filename: string;
  buffer: Buffer;
  /** Derived from the file name's extension when absent. */
  contentType?: string;
  /** Shown in the browser (PDF) instead of saved. */
  inline?: boolean;
}

const types: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Sends a file with a Content-Disposition every browser reads (RFC 6266): an ASCII fallback name and the
 * real one percent-encoded in `filename*`, so 企业信息.xlsx arrives with its Chinese name.
 */
export function sendDownload(reply: FastifyReply, file: Download) {
  const ext = path.extname(file.filename).toLowerCase();
  const fallback = `download${ext}`;
  return reply
    .type(file.contentType ?? types[ext] ?? 'application/octet-stream')
    .header(
      'content-disposition',
      `${file.inline ? 'inline' : 'attachment'}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    )
    .send(file.buffer);
}
