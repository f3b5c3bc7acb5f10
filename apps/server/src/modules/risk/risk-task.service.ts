import crypto from 'node:crypto';
import {
  AppError,
  type CreateCheckRecordInput,
  type CreateCheckTaskInput,
  type RiskListQuery,
} from '@anjian/domain';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { findInScope, parentInScope, scopeCols, write } from './risk-model.access.ts';
import * as repo from './risk-model.repository.ts';
import { presentRecord, presentTask } from './risk-model.presenter.ts';

// ---- 隐患排查任务 and 排查记录
export async function listTasks(ctx: AppContext, rc: RequestContext, q: RiskListQuery, now = new Date()) {
  let query = repo.tasksWhere(ctx.db, requireActor(rc));
  if (q.enterpriseId) query = query.where('t.enterprise_id', '=', q.enterpriseId);
  if (q.unitId) query = query.where('t.unit_id', '=', q.unitId);
  return { items: (await query.limit(2000).execute()).map((t) => presentTask(t, now)) };
}
export async function getTask(ctx: AppContext, rc: RequestContext, id: string, now = new Date()) {
  const actor = requireActor(rc);
  await findInScope(ctx.db, actor, 'risk_check_task', id);
  const row = await repo.tasksWhere(ctx.db, actor).where('t.id', '=', id).executeTakeFirstOrThrow();
  return { ...presentTask(row, now), records: (await repo.records(ctx.db, actor, id)).map(presentRecord) };
}
export async function createTask(ctx: AppContext, rc: RequestContext, input: CreateCheckTaskInput) {
  const m = await parentInScope(ctx.db, requireActor(rc), 'risk_measure', input.measureId, 'measureId');
  const id = crypto.randomUUID();
  await write(
    ctx,
    rc,
    'risk.task.create',
    'risk_check_task',
    id,
    async (trx) => {
      await repo.insertRiskCheckTask(trx, {
        id,
        measure_id: m.id,
        unit_id: m.unit_id,
        ...scopeCols(m),
        content: input.content ?? m.content,
        cycle_num: input.cycle.num,
        cycle_unit: input.cycle.unit,
        responsible_person: input.responsiblePerson ?? m.responsible_person,
      });
    },
    { after: input },
  );
  return getTask(ctx, rc, id);
}
/** 排查记录: normal, or hazard found (then the hazard, of the same enterprise, is linked). */
export async function createRecord(
  ctx: AppContext,
  rc: RequestContext,
  taskId: string,
  input: CreateCheckRecordInput,
) {
  const actor = requireActor(rc);
  const t = await findInScope(ctx.db, actor, 'risk_check_task', taskId);
  if (input.result === 'hazard' && !input.hazardId)
    throw AppError.invalid([{ field: 'hazardId', message: '发现隐患时须关联隐患记录' }]);
  if (input.result === 'normal' && input.hazardId)
    throw AppError.invalid([{ field: 'hazardId', message: '排查正常时不关联隐患' }]);
  if (input.hazardId) {
    const h = await repo.hazardInScope(ctx.db, actor, input.hazardId);
    if (!h || h.enterprise_id !== t.enterprise_id)
      throw AppError.invalid([{ field: 'hazardId', message: '隐患不存在或不属于该企业' }]);
  }
  const id = crypto.randomUUID();
  await write(
    ctx,
    rc,
    'risk.record.create',
    'risk_check_record',
    id,
    async (trx) => {
      await repo.insertRiskCheckRecord(trx, {
        id,
        task_id: t.id,
        ...scopeCols(t),
        result: input.result,
        hazard_id: input.hazardId ?? null,
        comment: input.comment ?? null,
        checked_at: input.checkedAt ? new Date(input.checkedAt) : new Date(),
        checked_by: actor.userId,
        checker_name: actor.displayName,
      });
    },
    { after: input },
  );
  return getTask(ctx, rc, taskId);
}
