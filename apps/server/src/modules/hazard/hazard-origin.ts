import { sql } from 'kysely';
import { hazardOriginSchema, uuidParam } from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { findInScope } from './hazard.service.ts';

/**
 * Where a hazard came from (issue 4 item 1: every hazard can be traced back up the chain): the risk
 * model's 排查记录 → 排查任务 → 管控措施 → 风险事件 → 风险分析单元 → 风险分析对象 that found it, and/or
 * the self-inspection task and checklist item. The hazard's scope decides; the chain rows are the same
 * enterprise's, so they are in scope too.
 */
export async function hazardOrigin(ctx: AppContext, rc: RequestContext, id: string) {
  await findInScope(ctx.db, requireActor(rc), id);
  const risk = await ctx.db
    .selectFrom('risk_check_record as r')
    .innerJoin('risk_check_task as t', 't.id', 'r.task_id')
    .innerJoin('risk_measure as m', 'm.id', 't.measure_id')
    .innerJoin('risk_event as ev', 'ev.id', 'm.event_id')
    .innerJoin('risk_unit as u', 'u.id', 'ev.unit_id')
    .innerJoin('risk_object as o', 'o.id', 'u.object_id')
    .select([
      'r.id as record_id',
      'r.checked_at',
      'r.checker_name',
      't.id as task_id',
      't.content as task_content',
      't.cycle_num',
      't.cycle_unit',
      'm.id as measure_id',
      'm.type as measure_type',
      'm.content as measure_content',
      'ev.id as event_id',
      'ev.name as event_name',
      'ev.level',
      'ev.color',
      'u.id as unit_id',
      'u.name as unit_name',
      'o.id as object_id',
      'o.name as object_name',
      'o.kind as object_kind',
    ])
    .where('r.hazard_id', '=', id)
    .orderBy('r.checked_at')
    .execute();
  const self = await ctx.db
    .selectFrom('self_inspection_task as t')
    .innerJoin('self_inspection_plan as p', 'p.id', 't.plan_id')
    .select(['t.id', 't.plan_id', 'p.name', 't.period_key', 't.results'])
    .where(sql<boolean>`${id}::uuid = ANY(t.hazard_ids)`)
    .execute();
  return {
    riskChain: risk.map((r) => ({
      record: { id: r.record_id, checkedAt: r.checked_at.toISOString(), checkerName: r.checker_name },
      task: { id: r.task_id, content: r.task_content, cycle: { num: r.cycle_num, unit: r.cycle_unit } },
      measure: { id: r.measure_id, type: r.measure_type, content: r.measure_content },
      event: { id: r.event_id, name: r.event_name, level: r.level, color: r.color },
      unit: { id: r.unit_id, name: r.unit_name },
      object: { id: r.object_id, name: r.object_name, kind: r.object_kind },
    })),
    selfInspection: self.map((t) => ({
      taskId: t.id,
      planId: t.plan_id,
      planName: t.name,
      periodKey: t.period_key,
      item: t.results?.find((i) => i.hazardId === id)?.text ?? null,
    })),
  };
}

export function registerHazardOriginRoute(app: TypedApp, ctx: AppContext) {
  app.get(
    '/hazards/:id/origin',
    {
      config: { access: { permission: 'hazard.read' } },
      schema: {
        tags: ['hazard'],
        summary: '隐患溯源：发现它的风险管控链（排查记录→任务→措施→事件→单元→对象）或企业自查任务',
        params: uuidParam,
        response: { 200: hazardOriginSchema, ...errorResponses },
      },
    },
    (req) => hazardOrigin(ctx, req.rc, req.params.id),
  );
}
