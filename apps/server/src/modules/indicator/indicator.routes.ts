import { z } from 'zod';
import {
  accidentStatsQuery,
  indicatorBreakdownQuery,
  indicatorDefinitions,
  indicatorExportQuery,
  indicatorKeyParam,
  indicatorQuery,
  indicatorRecordsQuery,
  indicatorSeriesQuery,
} from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { exportIndicators } from './indicator.export.ts';
import {
  accidentStatsSchema,
  indicatorBreakdownSchema as breakdownSchema,
  indicatorDefinitionSchema as definitionSchema,
  indicatorRecordsSchema,
  indicatorValueSchema,
  indicatorSeriesSchema as seriesSchema,
} from '@anjian/domain';
import * as indicators from './indicator.service.ts';
import { sendDownload } from '../../platform/http/reply.ts';

const tags = ['indicator'];

/** The indicator engine (指标) and the dashboard's aggregates; every figure opens down to its records. */
export function registerIndicatorRoutes(app: TypedApp, ctx: AppContext) {
  const read = { access: { permission: 'indicator.read' as const } };

  app.get(
    '/indicators',
    {
      config: read,
      schema: {
        tags,
        summary: '安全生产指标（某区划某年，或期间合并值与年均值）',
        querystring: indicatorQuery,
        response: { 200: z.array(indicatorValueSchema), ...errorResponses },
      },
    },
    (req) => indicators.getIndicators(ctx, req.rc, req.query),
  );
  app.get(
    '/indicators/definitions',
    {
      config: read,
      schema: {
        tags,
        summary: '指标定义（公式、单位、分母）',
        response: { 200: z.array(definitionSchema), ...errorResponses },
      },
    },
    () =>
      indicatorDefinitions.map((d) => ({
        key: d.key,
        name: d.name,
        kind: d.kind,
        unit: d.unit,
        decimals: d.decimals,
        formula: d.formula,
        ...(d.denominator && { denominator: d.denominator }),
      })),
  );
  app.get(
    '/indicators/series',
    {
      config: read,
      schema: {
        tags,
        summary: '指标逐年趋势',
        querystring: indicatorSeriesQuery,
        response: { 200: seriesSchema, ...errorResponses },
      },
    },
    (req) => indicators.getSeries(ctx, req.rc, req.query),
  );
  app.get(
    '/indicators/breakdown',
    {
      config: read,
      schema: {
        tags,
        summary: '下级区划的指标与排名（地图着色、区县排名）',
        querystring: indicatorBreakdownQuery,
        response: { 200: breakdownSchema, ...errorResponses },
      },
    },
    (req) => indicators.getBreakdown(ctx, req.rc, req.query),
  );
  app.get(
    '/indicators/export',
    {
      config: read,
      schema: {
        tags,
        summary: '导出指标表（.xlsx 或可打印 PDF）',
        querystring: indicatorExportQuery,
        response: { 200: z.any().describe('.xlsx / .pdf 文件'), ...errorResponses },
      },
    },
    async (req, reply) => {
      const file = await exportIndicators(ctx, req.rc, req.query);
      return sendDownload(reply, file);
    },
  );
  app.get(
    '/indicators/:key/records',
    {
      config: read,
      schema: {
        tags,
        summary: '指标明细：计入的事故记录与分母来源',
        params: indicatorKeyParam,
        querystring: indicatorRecordsQuery,
        response: { 200: indicatorRecordsSchema, ...errorResponses },
      },
    },
    (req) => indicators.getIndicatorRecords(ctx, req.rc, req.params.key, req.query),
  );
  app.get(
    '/accidents/stats',
    {
      config: read,
      schema: {
        tags,
        summary: '事故按等级、类别、年份统计（驾驶舱）',
        querystring: accidentStatsQuery,
        response: { 200: accidentStatsSchema, ...errorResponses },
      },
    },
    (req) => indicators.getAccidentStats(ctx, req.rc, req.query),
  );
}
