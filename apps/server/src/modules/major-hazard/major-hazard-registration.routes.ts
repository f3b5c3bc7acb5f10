import { z } from 'zod';
import {
  baobaoReportSchema,
  dutyCheckBody,
  dutyCycleBody,
  dutyCycleSchema,
  dutyTaskQuery,
  dutyTaskSchema,
  guarantorRoleParam,
  majorHazardRegistrationBody,
  majorHazardUnitDetailSchema,
  uuidParam,
} from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { created } from '../../platform/http/reply.ts';
import * as reg from './major-hazard-registration.service.ts';
import { getUnit } from './major-hazard.service.ts';

const tags = ['major-hazard'];

/** 备案, 包保责任人 and their duties, 安全评估 (issue 12 items 3–4). */
export function registerMajorHazardRegistrationRoutes(app: TypedApp, ctx: AppContext) {
  const read = { access: { permission: 'majorhazard.read' as const } };
  const write = { access: { permission: 'majorhazard.write' as const } };
  const detail = { 200: majorHazardUnitDetailSchema, ...errorResponses };

  app.put(
    '/major-hazard/units/:id/registration',
    {
      config: write,
      schema: {
        tags,
        summary: '重大危险源备案（编号、日期）、安全评估日期与三名包保责任人（企业填报）',
        params: uuidParam,
        body: majorHazardRegistrationBody,
        response: detail,
      },
    },
    async (req) => {
      await reg.saveRegistration(ctx, req.rc, req.params.id, req.body);
      return getUnit(ctx, req.rc, req.params.id);
    },
  );
  app.post(
    '/major-hazard/units/:id/duty-checks',
    {
      config: write,
      schema: {
        tags,
        summary: '记录包保责任人履职（检查、排查）',
        params: uuidParam,
        body: dutyCheckBody,
        response: { 201: majorHazardUnitDetailSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      await reg.recordDutyCheck(ctx, req.rc, req.params.id, req.body);
      return created(reply, await getUnit(ctx, req.rc, req.params.id));
    },
  );
  app.get(
    '/major-hazard/duty-cycles',
    {
      // Regulators and enterprises read them; the system administrator reads them to edit them.
      config: { access: { permission: ['majorhazard.read', 'reference.write'] as const } },
      schema: {
        tags,
        summary: '包保责任人履职周期（参考数据，含依据与核实状态）',
        response: { 200: z.array(dutyCycleSchema), ...errorResponses },
      },
    },
    () => reg.listCycles(ctx),
  );
  app.put(
    '/major-hazard/duty-cycles/:role',
    {
      config: { access: { permission: 'reference.write' as const } },
      schema: {
        tags,
        summary: '修改某一包保角色的履职周期（审计前后值）',
        params: guarantorRoleParam,
        body: dutyCycleBody,
        response: { 200: z.array(dutyCycleSchema), ...errorResponses },
      },
    },
    (req) => reg.updateCycle(ctx, req.rc, req.params.role, req.body),
  );
  app.get(
    '/major-hazard/duty-tasks',
    {
      config: read,
      schema: {
        tags,
        summary: '包保履职任务（每个重大危险源、角色、周期一条；可按单元、状态筛选，最多 500 条）',
        querystring: dutyTaskQuery,
        response: { 200: z.object({ items: z.array(dutyTaskSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await reg.listTasks(ctx, req.rc, req.query) }),
  );
  app.get(
    '/major-hazard/baobao',
    {
      config: read,
      schema: {
        tags,
        summary: '包保履职完成率（按企业；辖区内重大危险源，本年度）',
        querystring: z
          .object({
            divisionCode: z
              .string()
              .regex(/^\d{6,12}$/)
              .optional(),
          })
          .strict(),
        response: { 200: baobaoReportSchema, ...errorResponses },
      },
    },
    (req) => reg.baobaoReport(ctx, req.rc, req.query.divisionCode),
  );
}
