import fs from 'node:fs';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AppError,
  HazardLimits,
  acceptHazardBody,
  assessHazardBody,
  hazardFlagsQuery,
  hazardStatsQuery,
  listHazardsQuery,
  pageOf,
  rejectHazardBody,
  reportHazardBody,
  sensitivityBody,
  requestAcceptanceBody,
  startRectificationBody,
  uuidParam,
} from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses, errorSchema } from '../../platform/http/schemas.ts';
import {
  hazardDetailSchema,
  hazardFlagsSchema,
  hazardStatsSchema,
  hazardSummarySchema,
  uploadedPhotoSchema,
} from '@anjian/domain';
import { readPhoto, storePhotos } from './hazard.photos.ts';
import { labelHazard } from './hazard-label.service.ts';
import * as hazards from './hazard.service.ts';
import * as steps from './hazard.steps.ts';
import { hazardFlags } from './hazard.flags.ts';
import { hazardStats } from './hazard.stats.ts';
import { created } from '../../platform/http/reply.ts';

const tags = ['hazard'];

/** Hazards (隐患排查治理): report, the closed loop, photos, statistics; multipart lives in this scope only. */
export async function registerHazardRoutes(parent: TypedApp, ctx: AppContext) {
  await parent.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: {
        fileSize: HazardLimits.photoBytesMax,
        files: HazardLimits.maxPhotos,
        fields: 0,
        parts: HazardLimits.maxPhotos,
      },
    });
    const app = scope.withTypeProvider<ZodTypeProvider>();
    const read = { access: { permission: 'hazard.read' as const } };
    const one = { 200: hazardDetailSchema, ...errorResponses };
    const step = (permission: 'hazard.assess' | 'hazard.rectify' | 'hazard.accept') => ({
      access: { permission },
    });

    app.get(
      '/hazards',
      {
        config: read,
        schema: {
          tags,
          summary: '隐患列表（筛选、分页；逾期按整改期限实时判定）',
          querystring: listHazardsQuery,
          response: { 200: pageOf(hazardSummarySchema), ...errorResponses },
        },
      },
      (req) => hazards.listHazards(ctx, req.rc, req.query),
    );
    app.get(
      '/hazards/stats',
      {
        config: read,
        schema: {
          tags,
          summary: '隐患统计：等级、状态、行业、区划、月份；整改率、超期率、重大隐患、自查占比、企业上报率',
          querystring: hazardStatsQuery,
          response: { 200: hazardStatsSchema, ...errorResponses },
        },
      },
      (req) => hazardStats(ctx, req.rc, req.query),
    );
    app.get(
      '/hazards/flags',
      {
        config: read,
        schema: {
          tags,
          summary: '自查自报可信度标记：隐患过少、整改人即验收人、批量销号、重复照片、排查记录超出周期',
          querystring: hazardFlagsQuery,
          response: { 200: hazardFlagsSchema, ...errorResponses },
        },
      },
      (req) => hazardFlags(ctx, req.rc, req.query),
    );
    app.post(
      '/hazards',
      {
        config: { access: { permission: 'hazard.report' } },
        schema: {
          tags,
          summary: '上报隐患',
          body: reportHazardBody,
          response: { 201: hazardDetailSchema, ...errorResponses },
        },
      },
      async (req, reply) => created(reply, await hazards.reportHazard(ctx, req.rc, req.body)),
    );
    app.post(
      '/hazards/photos',
      {
        config: read,
        schema: {
          tags,
          summary: `上传隐患照片（multipart/form-data，JPEG/PNG/WebP，每张 ≤ 10 MB，最多 ${HazardLimits.maxPhotos} 张）`,
          consumes: ['multipart/form-data'],
          response: {
            201: z.object({ items: z.array(uploadedPhotoSchema) }),
            ...errorResponses,
            413: errorSchema,
            415: errorSchema,
          },
        },
      },
      async (req, reply) => {
        const files: { buffer: Buffer; filename: string }[] = [];
        for await (const part of req.files())
          files.push({ buffer: await part.toBuffer(), filename: part.filename });
        if (files.length === 0) throw AppError.invalid([{ field: 'file', message: '请上传照片' }]);
        return created(reply, { items: await storePhotos(ctx, req.rc, files) });
      },
    );
    app.get(
      '/hazards/photos/:sha256',
      {
        config: read,
        schema: {
          tags,
          summary: '隐患照片（?size=thumb：缩略图，最长边 320 像素，WebP）',
          params: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
          querystring: z.object({ size: z.enum(['full', 'thumb']).default('full') }).strict(),
          response: { 200: z.any().describe('图片'), ...errorResponses },
        },
      },
      async (req, reply) => {
        const { mime, file } = await readPhoto(ctx, req.rc, req.params.sha256, req.query.size);
        return reply
          .type(mime)
          .header('cache-control', 'private, max-age=31536000, immutable')
          .header('x-content-type-options', 'nosniff')
          .send(fs.createReadStream(file));
      },
    );
    app.get(
      '/hazards/:id',
      { config: read, schema: { tags, summary: '隐患详情（含处理过程）', params: uuidParam, response: one } },
      (req) => hazards.getHazard(ctx, req.rc, req.params.id),
    );
    app.post(
      '/hazards/:id/assess',
      {
        config: step('hazard.assess'),
        schema: {
          tags,
          summary: '评估定级（一般/重大；重大须挂牌督办）',
          params: uuidParam,
          body: assessHazardBody,
          response: one,
        },
      },
      (req) => steps.assessHazard(ctx, req.rc, req.params.id, req.body),
    );
    app.post(
      '/hazards/:id/sensitivity',
      {
        config: step('hazard.assess'),
        schema: {
          tags,
          summary: '标定密级（公开/内部/敏感；AC-07）',
          params: uuidParam,
          body: sensitivityBody,
          response: one,
        },
      },
      (req) => labelHazard(ctx, req.rc, req.params.id, req.body.sensitivity),
    );
    app.post(
      '/hazards/:id/start-rectification',
      {
        config: step('hazard.rectify'),
        schema: {
          tags,
          summary: '开始整改（重大隐患须提交五落实治理方案）',
          params: uuidParam,
          body: startRectificationBody,
          response: one,
        },
      },
      (req) => steps.startRectification(ctx, req.rc, req.params.id, req.body),
    );
    app.post(
      '/hazards/:id/request-acceptance',
      {
        config: step('hazard.rectify'),
        schema: { tags, summary: '申请验收', params: uuidParam, body: requestAcceptanceBody, response: one },
      },
      (req) => steps.requestAcceptance(ctx, req.rc, req.params.id, req.body),
    );
    app.post(
      '/hazards/:id/accept',
      {
        config: step('hazard.accept'),
        schema: { tags, summary: '验收销号', params: uuidParam, body: acceptHazardBody, response: one },
      },
      (req) => steps.acceptHazard(ctx, req.rc, req.params.id, req.body),
    );
    app.post(
      '/hazards/:id/reject',
      {
        config: step('hazard.accept'),
        schema: {
          tags,
          summary: '验收不通过（退回整改）',
          params: uuidParam,
          body: rejectHazardBody,
          response: one,
        },
      },
      (req) => steps.rejectHazard(ctx, req.rc, req.params.id, req.body),
    );
  });
}
