import crypto from 'node:crypto';
import {
  AppError,
  type CompleteSelfInspectionTaskInput,
  type CreateSelfInspectionPlanInput,
  type SelfInspectionListQuery,
  type UpdateSelfInspectionPlanInput,
  chinaDate,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { assertPhotos, insertReportedHazard } from '../hazard/index.ts';
import { enterpriseInScope } from '../risk/index.ts';
import { generatePlanTasks } from './self-inspection.jobs.ts';
import { presentPlan, presentTask, presentTaskDetail } from './self-inspection.presenter.ts';
import * as repo from './self-inspection.repository.ts';
import type { RecordedItem } from './self-inspection.table.ts';
import { foundInScope } from '../../platform/access/found.ts';

const names = { self_inspection_plan: '自查计划', self_inspection_task: '自查任务' } as const;

/** A plan or task in the actor's scope; outside it, 404 with a denied-access audit row (AC-06). */
async function findInScope(db: Db, rc: RequestContext, table: keyof typeof names, id: string) {
  foundInScope(await repo.scopedRow(db, requireActor(rc), table, id), {
    type: table,
    id,
    label: names[table],
  });
}

async function audited(
  ctx: AppContext,
  rc: RequestContext,
  action: string,
  objectType: string,
  objectId: string,
  diff: unknown,
  change: (trx: Db) => Promise<void>,
) {
  await ctx.db.transaction().execute(async (trx) => {
    await change(trx);
    await ctx.audit(trx, rc, {
      eventType: 'hazard',
      action,
      objectType,
      objectId,
      diff: diff as Record<string, unknown>,
    });
  });
}

// ---- plans
export async function listPlans(
  ctx: AppContext,
  rc: RequestContext,
  q: SelfInspectionListQuery,
  now = new Date(),
) {
  let query = repo.plansWhere(ctx.db, requireActor(rc), chinaDate(now));
  if (q.enterpriseId) query = query.where('p.enterprise_id', '=', q.enterpriseId);
  const rows = await query
    .orderBy('p.active', 'desc')
    .orderBy('e.name')
    .orderBy('p.created_at')
    .limit(1000)
    .execute();
  return { items: rows.map(presentPlan) };
}

export async function getPlan(ctx: AppContext, rc: RequestContext, id: string, now = new Date()) {
  await findInScope(ctx.db, rc, 'self_inspection_plan', id);
  const row = await repo
    .plansWhere(ctx.db, requireActor(rc), chinaDate(now))
    .where('p.id', '=', id)
    .executeTakeFirstOrThrow();
  return presentPlan(row);
}

/** A new plan owes its tasks at once: the periods from its start to today are generated with it. */
export async function createPlan(
  ctx: AppContext,
  rc: RequestContext,
  input: CreateSelfInspectionPlanInput,
  now = new Date(),
) {
  const actor = requireActor(rc);
  const e = foundInScope(await enterpriseInScope(ctx.db, actor, input.enterpriseId), {
    type: 'enterprise',
    id: input.enterpriseId,
    label: '企业',
    field: 'enterpriseId',
  });
  const id = crypto.randomUUID();
  await audited(
    ctx,
    rc,
    'selfcheck.plan.create',
    'self_inspection_plan',
    id,
    { after: input },
    async (trx) => {
      await repo.insertSelfInspectionPlan(trx, {
        id,
        enterprise_id: e.id,
        division_code: e.division_code,
        sector: e.sector,
        name: input.name,
        frequency: input.frequency,
        assignee: input.assignee ?? null,
        items: JSON.stringify(input.items),
        starts_on: input.startsOn,
        ends_on: input.endsOn ?? null,
        created_by: actor.userId,
      });
      await generatePlanTasks(trx, chinaDate(now), id);
    },
  );
  return getPlan(ctx, rc, id, now);
}

/** Name, assignee, end date and active; the items and frequency stay as the tasks recorded them. */
export async function updatePlan(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  input: UpdateSelfInspectionPlanInput,
  now = new Date(),
) {
  await findInScope(ctx.db, rc, 'self_inspection_plan', id);
  const before = await repo.planStart(ctx.db, id);
  if (input.endsOn && input.endsOn < before.starts_on)
    throw AppError.invalid([{ field: 'endsOn', message: '结束日期不能早于开始日期' }]);
  await audited(
    ctx,
    rc,
    'selfcheck.plan.update',
    'self_inspection_plan',
    id,
    { after: input },
    async (trx) => {
      await repo.updateSelfInspectionPlan(trx, id, {
        ...(input.name !== undefined && { name: input.name }),
        ...(input.assignee !== undefined && { assignee: input.assignee }),
        ...(input.endsOn !== undefined && { ends_on: input.endsOn }),
        ...(input.active !== undefined && { active: input.active }),
      });
    },
  );
  return getPlan(ctx, rc, id, now);
}

// ---- tasks
export async function listTasks(
  ctx: AppContext,
  rc: RequestContext,
  q: SelfInspectionListQuery,
  now = new Date(),
) {
  const today = chinaDate(now);
  let query = repo.tasksWhere(ctx.db, requireActor(rc));
  if (q.enterpriseId) query = query.where('t.enterprise_id', '=', q.enterpriseId);
  if (q.planId) query = query.where('t.plan_id', '=', q.planId);
  if (q.state) query = query.where(repo.stateCondition(q.state, today));
  const rows = await query
    .orderBy('t.period_start', 'desc')
    .orderBy('e.name')
    .orderBy('t.id')
    .limit(500)
    .execute();
  return { items: rows.map((t) => presentTask(t, today)) };
}

export async function getTask(ctx: AppContext, rc: RequestContext, id: string, now = new Date()) {
  await findInScope(ctx.db, rc, 'self_inspection_task', id);
  const row = await repo
    .tasksWhere(ctx.db, requireActor(rc))
    .where('t.id', '=', id)
    .executeTakeFirstOrThrow();
  return presentTaskDetail(row, chinaDate(now));
}

/**
 * Records a task once: a result for every item of the plan; a failed item links a hazard of the same
 * enterprise or reports one now (source 企业自查, the item as its checklist entry) — all in one transaction.
 * Done after its period it still counts, as late.
 */
export async function completeTask(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  input: CompleteSelfInspectionTaskInput,
  now = new Date(),
) {
  const actor = requireActor(rc);
  await findInScope(ctx.db, rc, 'self_inspection_task', id);
  const task = await repo.tasksWhere(ctx.db, actor).where('t.id', '=', id).executeTakeFirstOrThrow();
  if (task.done_at)
    throw new AppError('CONFLICT', `该周期（${task.period_key}）的自查已于 ${chinaDate(task.done_at)} 记录`);
  const indexes = input.results.map((r) => r.index).sort((a, b) => a - b);
  if (indexes.length !== task.items.length || indexes.some((v, i) => v !== i))
    throw AppError.invalid([
      { field: 'results', message: `应逐条填写全部 ${task.items.length} 个排查条目，每条一次` },
    ]);
  const linked = input.results.flatMap((r) => (r.hazardId ? [r.hazardId] : []));
  if (linked.length) {
    const found = await repo.hazardsOfEnterprise(ctx.db, task.enterprise_id, linked);
    const missing = linked.filter((h) => !found.some((f) => f.id === h));
    if (missing.length)
      throw AppError.invalid(
        missing.map((h) => ({ field: 'results.hazardId', message: `隐患 ${h} 不存在或不属于该企业` })),
      );
  }
  await assertPhotos(
    ctx.db,
    actor,
    input.results.flatMap((r) => r.hazard?.photos ?? []),
  );
  const enterprise = { id: task.enterprise_id, division_code: task.division_code, sector: task.sector };
  await audited(
    ctx,
    rc,
    'selfcheck.task.complete',
    'self_inspection_task',
    id,
    { after: input },
    async (trx) => {
      const results: RecordedItem[] = [];
      for (const r of [...input.results].sort((a, b) => a.index - b.index)) {
        const item = task.items[r.index]!;
        const hazardId = r.hazard
          ? await insertReportedHazard(trx, ctx, rc, enterprise, {
              enterpriseId: task.enterprise_id,
              source: '企业自查',
              location: r.hazard.location,
              description: r.hazard.description,
              level: r.hazard.level,
              checklistItem: (item.code ?? item.text).slice(0, 300),
              photos: r.hazard.photos,
            })
          : (r.hazardId ?? null);
        results.push({ ...item, index: r.index, ok: r.ok, comment: r.comment ?? null, hazardId });
      }
      const updated = await repo.completeTask(trx, id, {
        done_at: now,
        done_on: chinaDate(now),
        done_by: actor.userId,
        done_by_name: actor.displayName,
        results: JSON.stringify(results),
        hazard_ids: results.flatMap((r) => (r.hazardId ? [r.hazardId] : [])),
        comment: input.comment ?? null,
      });
      if (Number(updated.numUpdatedRows) !== 1) throw new AppError('CONFLICT', '该周期的自查已记录');
    },
  );
  return getTask(ctx, rc, id, now);
}
