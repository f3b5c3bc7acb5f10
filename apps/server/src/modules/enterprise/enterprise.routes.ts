import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AppError,
  EnterpriseLimits,
  bulkGridAssignmentBody,
  changeLogQuery,
  coverageQuery,
  createEnterpriseBody,
  creditCodeCheckBody,
  enterpriseFilterQuery,
  enterpriseStatusBody,
  gridAssignmentBody,
  importQuery,
  listEnterprisesQuery,
  pageOf,
  updateEnterpriseBody,
  uuidParam,
  similarNamesQuery,
  similarNamesSchema,
} from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import { similarNames } from './similar-names.service.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses, errorSchema } from '../../platform/http/schemas.ts';
import {
  enterpriseChangeSchema as changeSchema,
  enterpriseDetailSchema,
  enterpriseSummarySchema,
  enterpriseMapSchema as mapSchema,
} from '@anjian/domain';
import * as enterprises from './enterprise.service.ts';
import * as excel from './enterprise-excel.service.ts';
import * as grid from './grid.service.ts';
import {
  gridCoverageSchema as coverageSchema,
  enterpriseImportOutcomeSchema as importOutcomeSchema,
} from '@anjian/domain';
import { created, sendDownload } from '../../platform/http/reply.ts';

const tags = ['enterprise'];
const gridTags = ['grid'];
const xlsxResponse = { 200: z.any().describe('.xlsx 文件'), ...errorResponses };

const sendXlsx = (reply: FastifyReply, filename: string, buffer: Buffer) =>
  sendDownload(reply, { filename, buffer });

/** Enterprise registry (企业库), grid responsibility and the credit-code check; multipart lives in this scope only. */
export async function registerEnterpriseRoutes(parent: TypedApp, ctx: AppContext) {
  await parent.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: EnterpriseLimits.importBytesMax, files: 1, fields: 5, parts: 6 },
    });
    const app = scope.withTypeProvider<ZodTypeProvider>();
    const read = { access: { permission: 'enterprise.read' as const } };
    const write = { access: { permission: 'enterprise.write' as const } };
    const importing = { access: { permission: 'enterprise.import' as const } };
    const one = { 200: enterpriseDetailSchema, ...errorResponses };

    app.get(
      '/enterprises',
      {
        config: read,
        schema: {
          tags,
          summary: '企业列表（筛选、排序、分页）',
          querystring: listEnterprisesQuery,
          response: { 200: pageOf(enterpriseSummarySchema), ...errorResponses },
        },
      },
      (req) => enterprises.listEnterprises(ctx, req.rc, req.query),
    );
    app.post(
      '/enterprises',
      {
        config: write,
        schema: {
          tags,
          summary: '登记企业',
          body: createEnterpriseBody,
          response: { 201: enterpriseDetailSchema, ...errorResponses },
        },
      },
      async (req, reply) => created(reply, await enterprises.createEnterprise(ctx, req.rc, req.body)),
    );
    app.get(
      '/enterprises/export',
      {
        config: read,
        schema: {
          tags,
          summary: '导出筛选结果（.xlsx）',
          querystring: enterpriseFilterQuery,
          response: xlsxResponse,
        },
      },
      async (req, reply) =>
        sendXlsx(reply, '企业信息.xlsx', await excel.exportEnterprises(ctx, req.rc, req.query)),
    );
    app.get(
      '/enterprises/import-template',
      { config: importing, schema: { tags, summary: '下载导入模板（.xlsx）', response: xlsxResponse } },
      async (_req, reply) => sendXlsx(reply, '企业信息导入模板.xlsx', await excel.importTemplate()),
    );
    app.post(
      '/enterprises/import',
      {
        config: importing,
        schema: {
          tags,
          summary: '导入企业（multipart/form-data，字段 file=.xlsx）；有错误行时不写入，除非 mode=valid-only',
          consumes: ['multipart/form-data'],
          querystring: importQuery,
          response: { 200: importOutcomeSchema, ...errorResponses, 413: errorSchema, 415: errorSchema },
        },
      },
      async (req) => {
        const file = await req.file();
        if (!file || file.fieldname !== 'file')
          throw AppError.invalid([{ field: 'file', message: '请上传 .xlsx 文件（字段名 file）' }]);
        const buffer = await file.toBuffer();
        return excel.importEnterprises(ctx, req.rc, { buffer, filename: file.filename }, req.query.mode);
      },
    );
    app.post(
      '/enterprises/import/error-report',
      {
        config: importing,
        schema: {
          tags,
          summary: '导入错误报告（.xlsx）：上传的行加“错误说明”列，错误单元格标红；不写入数据',
          consumes: ['multipart/form-data'],
          response: { ...xlsxResponse, ...errorResponses, 413: errorSchema, 415: errorSchema },
        },
      },
      async (req, reply) => {
        const file = await req.file();
        if (!file || file.fieldname !== 'file')
          throw AppError.invalid([{ field: 'file', message: '请上传 .xlsx 文件（字段名 file）' }]);
        const report = await excel.importErrorReport(ctx, req.rc, await file.toBuffer());
        return sendXlsx(reply, '企业导入错误报告.xlsx', report);
      },
    );
    app.get(
      '/enterprises/map',
      {
        config: read,
        schema: {
          tags,
          summary: '地图点位（有坐标的企业）',
          querystring: enterpriseFilterQuery,
          response: { 200: mapSchema, ...errorResponses },
        },
      },
      (req) => enterprises.mapEnterprises(ctx, req.rc, req.query),
    );
    app.get(
      '/enterprises/similar-names',
      {
        config: read,
        schema: {
          tags,
          summary: '相似名称的已登记企业（登记前提示重复）',
          querystring: similarNamesQuery,
          response: { 200: similarNamesSchema, ...errorResponses },
        },
      },
      (req) => similarNames(ctx, req.rc, req.query),
    );
    app.get(
      '/enterprises/:id',
      { config: read, schema: { tags, summary: '企业详情', params: uuidParam, response: one } },
      (req) => enterprises.getEnterprise(ctx, req.rc, req.params.id),
    );
    app.patch(
      '/enterprises/:id',
      {
        config: read,
        schema: {
          tags,
          summary: '修改企业（监管部门：全部字段；企业账号：本企业自行维护的字段）',
          params: uuidParam,
          body: updateEnterpriseBody,
          response: one,
        },
      },
      (req) => enterprises.updateEnterprise(ctx, req.rc, req.params.id, req.body),
    );
    app.post(
      '/enterprises/:id/status',
      {
        config: write,
        schema: {
          tags,
          summary: '变更企业状态（正常/停产整顿/关闭/取缔）',
          params: uuidParam,
          body: enterpriseStatusBody,
          response: one,
        },
      },
      (req) => enterprises.changeEnterpriseStatus(ctx, req.rc, req.params.id, req.body),
    );
    app.get(
      '/enterprises/:id/changes',
      {
        config: read,
        schema: {
          tags,
          summary: '企业信息变更记录',
          params: uuidParam,
          querystring: changeLogQuery,
          response: { 200: pageOf(changeSchema), ...errorResponses },
        },
      },
      (req) => enterprises.listChanges(ctx, req.rc, req.params.id, req.query),
    );
    app.put(
      '/enterprises/:id/grid',
      {
        config: { access: { permission: 'grid.assign' } },
        schema: {
          tags: gridTags,
          summary: '设置网格化监管责任',
          params: uuidParam,
          body: gridAssignmentBody,
          response: one,
        },
      },
      (req) => grid.assignGrid(ctx, req.rc, req.params.id, req.body),
    );
    app.post(
      '/grid/assignments',
      {
        config: { access: { permission: 'grid.assign' } },
        schema: {
          tags: gridTags,
          summary: '批量设置网格化监管责任',
          body: bulkGridAssignmentBody,
          response: { 200: z.object({ updated: z.number() }), ...errorResponses },
        },
      },
      (req) => grid.bulkAssignGrid(ctx, req.rc, req.body),
    );
    app.get(
      '/grid/coverage',
      {
        config: { access: { permission: 'grid.read' } },
        schema: {
          tags: gridTags,
          summary: '网格责任覆盖报告（缺口与网格员工作量）',
          querystring: coverageQuery,
          response: { 200: coverageSchema, ...errorResponses },
        },
      },
      (req) => grid.coverageReport(ctx, req.rc, req.query.divisionCode),
    );
    app.post(
      '/calc/credit-code',
      {
        schema: {
          tags,
          summary: '校验统一社会信用代码（GB 32100-2015）',
          body: creditCodeCheckBody,
          response: {
            200: z.object({
              valid: z.boolean(),
              code: z.string().optional(),
              reason: z.string().optional(),
              problem: z.string().optional(),
            }),
            ...errorResponses,
          },
        },
      },
      (req) => enterprises.checkCreditCode(req.body.code),
    );
  });
}
