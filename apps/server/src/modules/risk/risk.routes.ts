import { z } from 'zod';
import { checklistSchema, lecCalcBody, lecResultSchema, lsCalcBody, lsResultSchema } from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { calcLec, calcLs, majorHazardChecklists } from './risk.service.ts';

const tags = ['risk'];

/** Risk grading (风险分级管控): LEC and L×S calculators, 重大事故隐患判定标准 checklists. */
export function registerRiskRoutes(app: TypedApp) {
  const read = { access: { permission: 'risk.read' as const } };
  app.post(
    '/calc/lec',
    {
      config: read,
      schema: {
        tags,
        summary: 'LEC 作业条件危险性评价（D = L×E×C，五级危险程度，四色风险等级）',
        body: lecCalcBody,
        response: { 200: lecResultSchema, ...errorResponses },
      },
    },
    async (req) => calcLec(req.body),
  );
  app.post(
    '/calc/ls',
    {
      config: read,
      schema: {
        tags,
        summary: '风险矩阵 R = L×S（四色风险等级，默认 LS-2）',
        body: lsCalcBody,
        response: { 200: lsResultSchema, ...errorResponses },
      },
    },
    async (req) => calcLs(req.body),
  );
  app.get(
    '/risk/checklists',
    {
      config: read,
      schema: {
        tags,
        summary: '重大事故隐患判定标准（排查清单参考数据）',
        response: { 200: z.array(checklistSchema), ...errorResponses },
      },
    },
    async () => majorHazardChecklists(),
  );
}
