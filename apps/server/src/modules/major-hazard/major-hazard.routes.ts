import { assessMajorHazard, majorHazardCalcBody, majorHazardCalcResult } from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { majorHazardTables } from './major-hazard.tables.ts';

const tags = ['major-hazard'];

/** 重大危险源 (GB 18218-2018): the public calculator. */
export function registerMajorHazardRoutes(app: TypedApp, _ctx: AppContext) {
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
}
