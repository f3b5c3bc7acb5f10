import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AppError,
  DenominatorLimits,
  denominatorBatchBody,
  denominatorBody,
  listDenominatorsQuery,
  denominatorSchema,
} from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses, errorSchema } from '../../platform/http/schemas.ts';
import * as denominators from './denominator.service.ts';
import { sendDownload } from '../../platform/http/reply.ts';

const tags = ['denominator'];

/** Yearly denominators per division (年度分母): entry, batch and .xlsx import; multipart lives in this scope only. */
export async function registerDenominatorRoutes(parent: TypedApp, ctx: AppContext) {
  await parent.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: DenominatorLimits.maxImportBytes, files: 1, fields: 2, parts: 3 },
    });
    const app = scope.withTypeProvider<ZodTypeProvider>();
    const read = { access: { permission: 'indicator.read' as const } };
    const write = { access: { permission: 'denominator.write' as const } };

    app.get(
      '/denominators',
      {
        config: read,
        schema: {
          tags,
          summary: '年度分母列表（区划及其下级）',
          querystring: listDenominatorsQuery,
          response: { 200: z.array(denominatorSchema), ...errorResponses },
        },
      },
      (req) => denominators.listDenominators(ctx, req.rc, req.query),
    );
    app.put(
      '/denominators',
      {
        config: write,
        schema: {
          tags,
          summary: '录入/修改一项年度分母',
          body: denominatorBody,
          response: { 200: z.object({ saved: z.number() }), ...errorResponses },
        },
      },
      (req) => denominators.saveDenominators(ctx, req.rc, [req.body], (_i, f) => f),
    );
    app.post(
      '/denominators/batch',
      {
        config: write,
        schema: {
          tags,
          summary: '批量录入年度分母（任一行有误则全部不写入）',
          body: denominatorBatchBody,
          response: { 200: z.object({ saved: z.number() }), ...errorResponses },
        },
      },
      (req) => denominators.saveDenominators(ctx, req.rc, req.body.rows),
    );
    app.get(
      '/denominators/template',
      {
        config: write,
        schema: {
          tags,
          summary: '下载年度分母导入模板（.xlsx）',
          response: { 200: z.any().describe('.xlsx 文件'), ...errorResponses },
        },
      },
      async (_req, reply) =>
        sendDownload(reply, {
          filename: '年度分母导入模板.xlsx',
          buffer: await denominators.importTemplate(),
        }),
    );
    app.post(
      '/denominators/import',
      {
        config: write,
        schema: {
          tags,
          summary: '导入年度分母（multipart/form-data，字段 file=.xlsx；任一行有误则全部不写入）',
          consumes: ['multipart/form-data'],
          response: {
            200: z.object({ saved: z.number() }),
            ...errorResponses,
            413: errorSchema,
            415: errorSchema,
          },
        },
      },
      async (req) => {
        const file = await req.file();
        if (!file || file.fieldname !== 'file')
          throw AppError.invalid([{ field: 'file', message: '请上传 .xlsx 文件（字段名 file）' }]);
        return denominators.importDenominators(ctx, req.rc, await file.toBuffer());
      },
    );
  });
}
