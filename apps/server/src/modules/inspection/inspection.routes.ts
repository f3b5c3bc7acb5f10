import {
  createInspectionBody,
  inspectionDocumentParams,
  inspectionListQuery,
  inspectionPageSchema,
  inspectionSchema,
  reviewInspectionBody,
  uuidParam,
} from '@anjian/domain';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { created, sendDownload } from '../../platform/http/reply.ts';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import { reviewInspection } from './inspection-review.ts';
import * as service from './inspection.service.ts';

const tags = ['inspection'];

/** 现场检查: an inspection synced from the inspector's phone, and reading it back. */
export function registerInspectionRoutes(app: TypedApp, ctx: AppContext) {
  app.post(
    '/inspections',
    {
      config: { access: { permission: 'enforcement.write' as const } },
      schema: {
        tags,
        summary: '提交现场检查（离线草稿同步；同一 idempotencyKey 只生效一次，发现的问题成为执法检查隐患）',
        body: createInspectionBody,
        response: { 201: inspectionSchema, ...errorResponses },
      },
    },
    async (req, reply) =>
      created(
        reply,
        await service.createInspection(
          ctx,
          req.rc,
          req.body,
          ctx.config.publicOrigin ?? `${req.protocol}://${req.host}`,
        ),
      ),
  );
  app.get(
    '/inspections',
    {
      config: { access: { permission: 'enforcement.read' as const } },
      schema: {
        tags,
        summary: '现场检查列表（按企业、状态、检查日期筛选；企业账号只见本企业）',
        querystring: inspectionListQuery,
        response: { 200: inspectionPageSchema, ...errorResponses },
      },
    },
    (req) => service.listInspections(ctx, req.rc, req.query),
  );
  app.get(
    '/inspections/:id',
    {
      config: { access: { permission: 'enforcement.read' as const } },
      schema: {
        tags,
        summary: '现场检查',
        params: uuidParam,
        response: { 200: inspectionSchema, ...errorResponses },
      },
    },
    (req) => service.getInspection(ctx, req.rc, req.params.id),
  );
  app.get(
    '/inspections/:id/documents/:documentId/pdf',
    {
      config: { access: { permission: 'enforcement.read' as const } },
      schema: {
        tags,
        summary: '现场检查文书 PDF（检查记录、整改指令书、复查意见书；企业只能下载送达本企业的文书）',
        params: inspectionDocumentParams,
      },
    },
    async (req, reply) =>
      sendDownload(reply, {
        ...(await service.inspectionDocumentFile(ctx, req.rc, req.params.id, req.params.documentId)),
        inline: true,
      }),
  );
  app.post(
    '/inspections/:id/review',
    {
      config: { access: { permission: 'enforcement.write' as const } },
      schema: {
        tags,
        summary: '整改复查：逐项认定已整改（隐患验收销号）或未整改（仍在整改），出具整改复查意见书',
        params: uuidParam,
        body: reviewInspectionBody,
        response: { 200: inspectionSchema, ...errorResponses },
      },
    },
    (req) =>
      reviewInspection(
        ctx,
        req.rc,
        req.params.id,
        req.body,
        ctx.config.publicOrigin ?? `${req.protocol}://${req.host}`,
      ),
  );
}
