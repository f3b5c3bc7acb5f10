import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type FieldIssue, errorCatalog } from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { IdempotentReplay, replayFirstAnswer } from './idempotency-claim.ts';

/** Fastify's own error codes that are the client's fault, mapped to ours. */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_FILES_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_PARTS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
};

export function sendError(reply: FastifyReply, code: ErrorCode, message?: string, details?: unknown) {
  const body = {
    error: {
      code,
      message: message ?? errorCatalog[code].message,
      ...(details === undefined ? {} : { details }),
    },
  };
  return reply.code(errorCatalog[code].status).type('application/json; charset=utf-8').send(body);
}

/** A refused request as the audit sees it: the code answered and, for a scope refusal, the object hidden. */
export interface DeniedRequest {
  code: ErrorCode;
  deniedAccess?: { objectType: string; objectId: string } | undefined;
}

/** Refusals that are audited (等保 8.1.4.3): authentication, authorization, scope, and the transport limits. */
const REFUSED_STATUS = new Set([401, 403, 413, 415, 429]);

/**
 * Turns every error into `{"error":{"code","message","details"}}`; a stack trace never leaves the server.
 * Every refusal (401/403, a scope refusal answered 400 or 404, 413, 415, 429) goes to `onDenied` first.
 */
export function installErrorHandler(
  app: FastifyInstance,
  onDenied: (req: FastifyRequest, denied: DeniedRequest) => Promise<void>,
  db?: Db,
) {
  const denied = (req: FastifyRequest, d: DeniedRequest) =>
    onDenied(req, d).catch((e) => req.log.error(e, 'audit of a denied access failed'));
  const refuse = async (req: FastifyRequest, reply: FastifyReply, code: ErrorCode, details?: unknown) => {
    if (REFUSED_STATUS.has(errorCatalog[code].status)) await denied(req, { code });
    return sendError(reply, code, undefined, details);
  };
  app.setErrorHandler(async (err: FastifyError | AppError, req, reply) => {
    if (err instanceof IdempotentReplay && db) {
      // A concurrent duplicate: its transaction rolled back; answer with the first request's answer.
      try {
        return await replayFirstAnswer(db, err.claim, reply);
      } catch (e) {
        if (e instanceof AppError) return sendError(reply, e.code, e.message, e.details);
        throw e;
      }
    }
    if (err instanceof AppError) {
      if (REFUSED_STATUS.has(err.status) || err.deniedAccess)
        await denied(req, { code: err.code, deniedAccess: err.deniedAccess });
      return sendError(reply, err.code, err.message, err.details);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const details: FieldIssue[] = err.validation.map((v) => ({
        field: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? '无效',
      }));
      return sendError(reply, 'VALIDATION_FAILED', undefined, details);
    }
    const mapped = err.code ? fastifyCodes[err.code] : undefined;
    if (mapped)
      return refuse(
        req,
        reply,
        mapped,
        mapped === 'VALIDATION_FAILED' ? [{ field: 'body', message: '请求体不是有效的 JSON' }] : undefined,
      );
    if (err.statusCode === 429) return refuse(req, reply, 'RATE_LIMITED');
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      const code: ErrorCode =
        err.statusCode === 413
          ? 'PAYLOAD_TOO_LARGE'
          : err.statusCode === 415
            ? 'UNSUPPORTED_MEDIA_TYPE'
            : err.statusCode === 404
              ? 'NOT_FOUND'
              : 'VALIDATION_FAILED';
      return refuse(req, reply, code);
    }
    req.log.error({ err }, 'unhandled error');
    return sendError(reply, 'INTERNAL');
  });
  app.setNotFoundHandler((req, reply) =>
    sendError(reply, 'NOT_FOUND', `接口不存在：${req.method} ${req.url.split('?')[0]}`),
  );
}
