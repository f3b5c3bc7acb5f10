import { z } from 'zod';
import {
  assessMajorHazard,
  listMajorHazardUnitsQuery,
  majorHazardCalcBody,
  majorHazardCalcResult,
  majorHazardUnitBody,
  majorHazardUnitDetailSchema,
  majorHazardUnitKindNames,
  majorHazardUnitSchema,
  pageOf,
  uuidParam,
} from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { created, sendDownload } from '../../platform/http/reply.ts';
import { tableToXlsx } from '../../platform/files/table-export.ts';
import { majorHazardTables } from './major-hazard.tables.ts';
import * as units from './major-hazard.service.ts';

const tags = ['major-hazard'];

/** 重大危险源 (GB 18218-2018): the public calculator, units and their inventories, the regulator's list. */
export function registerMajorHazardRoutes(app: TypedApp, ctx: AppContext) {
  const read = { access: { permission: 'majorhazard.read' as const } };
  const write = { access: { permission: 'majorhazard.write' as const } };
  const detail = { 200: majorHazardUnitDetailSchema, ...errorResponses };

  app.post(
    '/calc/major-hazard',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: '重大危险源辨识与分级计算（GB 18218-2018，S、R、α、β、级别；公开）',
        body: majorHazardCalcBody,
        response: { 200: majorHazardCalcResult, ...errorResponses },
      },
    },
    (req) => assessMajorHazard(majorHazardTables(), req.body),
  );
  app.get(
    '/major-hazard/units',
    {
      config: read,
      schema: {
        tags,
        summary: '辨识单元列表（区划、级别筛选；企业看本企业，监管看辖区）',
        querystring: listMajorHazardUnitsQuery,
        response: { 200: pageOf(majorHazardUnitSchema), ...errorResponses },
      },
    },
    (req) => units.listUnits(ctx, req.rc, req.query),
  );
  app.get(
    '/major-hazard/units/export',
    {
      config: read,
      schema: {
        tags,
        summary: '重大危险源清单导出（.xlsx）',
        querystring: listMajorHazardUnitsQuery,
        response: { 200: z.any().describe('.xlsx 文件'), ...errorResponses },
      },
    },
    async (req, reply) => {
      const rows = await units.allUnits(ctx, req.rc, req.query);
      const buffer = await tableToXlsx({
        title: '危险化学品重大危险源清单',
        subtitle: [
          `依据 GB 18218-2018；导出时间 ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        ],
        columns: [
          { header: '序号', width: 6 },
          { header: '行政区划', width: 12 },
          { header: '企业名称', width: 28 },
          { header: '单元名称', width: 20 },
          { header: '单元类型', width: 10 },
          { header: '危险化学品及设计最大量（t）', width: 40 },
          { header: '500 m 内人数', width: 10 },
          { header: 'S', width: 10 },
          { header: 'R', width: 10 },
          { header: '是否重大危险源', width: 10 },
          { header: '级别', width: 8 },
        ],
        rows: rows.map((u, i) => [
          i + 1,
          u.divisionName,
          u.enterpriseName,
          u.name,
          majorHazardUnitKindNames[u.kind],
          u.chemicals.map((c) => `${c.name ?? c.cas ?? c.symbol ?? '自定义'} ${String(c.q)}`).join('；'),
          u.exposedPeople,
          u.S,
          u.R,
          u.isMajor ? '是' : '否',
          u.level,
        ]),
        notes: ['S = Σ qᵢ/Qᵢ ≥ 1 为重大危险源；R = α·Σ βᵢ·qᵢ/Qᵢ 分级（表6）。'],
      });
      return sendDownload(reply, { filename: '重大危险源清单.xlsx', buffer });
    },
  );
  app.post(
    '/major-hazard/units',
    {
      config: write,
      schema: {
        tags,
        summary: '企业登记生产/储存单元及其危险化学品（自动辨识、分级）',
        body: majorHazardUnitBody,
        response: { 201: majorHazardUnitDetailSchema, ...errorResponses },
      },
    },
    async (req, reply) => created(reply, await units.createUnit(ctx, req.rc, req.body)),
  );
  app.get(
    '/major-hazard/units/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '辨识单元详情（化学品、辨识结果、历次辨识）',
        params: uuidParam,
        response: detail,
      },
    },
    (req) => units.getUnit(ctx, req.rc, req.params.id),
  );
  app.put(
    '/major-hazard/units/:id',
    {
      config: write,
      schema: {
        tags,
        summary: '修改单元及其危险化学品（新的辨识版本，审计前后值）',
        params: uuidParam,
        body: majorHazardUnitBody,
        response: detail,
      },
    },
    (req) => units.updateUnit(ctx, req.rc, req.params.id, req.body),
  );
}
