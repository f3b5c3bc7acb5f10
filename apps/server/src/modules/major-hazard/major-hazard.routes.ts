import { z } from 'zod';
import {
  assessMajorHazard,
  listMajorHazardUnitsQuery,
  majorHazardCalcBody,
  majorHazardCalcResult,
  majorHazardUnitBody,
  majorHazardUnitDetailSchema,
  majorHazardUnitSchema,
  pageOf,
  uuidParam,
} from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { created, sendDownload } from '../../platform/http/reply.ts';
import { registrationXlsx } from './major-hazard-export.ts';
import { majorHazardTables } from './major-hazard.tables.ts';
import * as units from './major-hazard.service.ts';
import { registerMajorHazardRegistrationRoutes } from './major-hazard-registration.routes.ts';
import { registerMajorHazardStandardRoutes } from './major-hazard-standard.routes.ts';

const tags = ['major-hazard'];

/** 重大危险源 (GB 18218-2018): the public calculator, units and their inventories, the regulator's list. */
export function registerMajorHazardRoutes(app: TypedApp, ctx: AppContext) {
  registerMajorHazardRegistrationRoutes(app, ctx);
  registerMajorHazardStandardRoutes(app, ctx);
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
    async (req) => assessMajorHazard(await majorHazardTables(ctx.db), req.body),
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
        summary: '重大危险源备案登记表导出（.xlsx，筛选同列表）',
        querystring: listMajorHazardUnitsQuery,
        response: { 200: z.any().describe('.xlsx 文件'), ...errorResponses },
      },
    },
    async (req, reply) => {
      const buffer = await registrationXlsx(await units.allUnits(ctx, req.rc, req.query), new Date());
      return sendDownload(reply, { filename: '重大危险源备案登记表.xlsx', buffer });
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
