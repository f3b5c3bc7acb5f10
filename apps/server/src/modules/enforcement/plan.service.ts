import crypto from 'node:crypto';
import {
  AppError,
  type CreateOfficerInput,
  DRAW_ALGORITHM,
  type DiscretionBenchmark,
  type InspectionDrawDto,
  type InspectionDrawInput,
  type InspectionPlanInput,
  benchmarkProblems,
  drawInspections,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { type Actor, type RequestContext, requireActor } from '../../platform/access/actor.ts';
import { foundInScope } from '../../platform/access/found.ts';
import { assertWritable } from '../../platform/access/scope.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { penaltyLaw } from './enforcement.reference.ts';
import { presentOfficer, presentPlan } from './enforcement.presenter.ts';
import * as repo from './enforcement.repository.ts';
import * as plans from './plan.repository.ts';
import type { DrawInputs } from './enforcement.table.ts';

/** The authority an officer, plan or benchmark belongs to: given (in scope) or the actor's own office. */
function authorityOf(actor: Actor, given: string | undefined): string {
  const code = given ?? actor.divisionCode ?? '';
  if (!/^\d{6}$/.test(code))
    throw AppError.invalid([{ field: 'divisionCode', message: '执法主体应为市或县（区）级部门' }]);
  assertWritable(actor, code, null);
  return code;
}

// ---- 执法人员

export async function listOfficers(ctx: AppContext, rc: RequestContext, divisionCode?: string) {
  return (await repo.listOfficers(ctx.db, requireActor(rc), divisionCode)).map(presentOfficer);
}

export async function createOfficer(ctx: AppContext, rc: RequestContext, input: CreateOfficerInput) {
  const actor = requireActor(rc);
  const division = authorityOf(actor, input.divisionCode);
  if (await repo.certNoTaken(ctx.db, input.certNo))
    throw AppError.invalid([{ field: 'certNo', message: `执法证号 ${input.certNo} 已登记` }]);
  if (input.userId) {
    foundInScope(await repo.userForOfficer(ctx.db, actor, input.userId), {
      type: 'user',
      id: input.userId,
      label: '账号',
      field: 'userId',
    });
  }
  for (const [i, eid] of input.conflictEnterpriseIds.entries()) {
    const e = await repo.enterpriseForCase(ctx.db, actor, eid);
    if (!e) throw AppError.invalid([{ field: `conflictEnterpriseIds.${i}`, message: '企业不存在' }]);
  }
  const id = crypto.randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertOfficer(trx, {
      id,
      division_code: division,
      name: input.name,
      cert_no: input.certNo,
      user_id: input.userId ?? null,
      conflict_enterprise_ids: input.conflictEnterpriseIds,
      created_by: actor.userId,
    });
    await ctx.audit(trx, rc, {
      eventType: 'enforcement',
      action: 'enforcement.officer.create',
      objectType: 'enforcement_officer',
      objectId: id,
      diff: { after: { ...input, divisionCode: division } },
    });
  });
  const [row] = await repo.officersByIds(ctx.db, actor, [id]);
  return presentOfficer(row!);
}

// ---- 裁量基准

export async function listBenchmarks(ctx: AppContext, rc: RequestContext) {
  return (await repo.listBenchmarks(ctx.db, requireActor(rc))).map((b) => ({
    divisionCode: b.division_code,
    effectiveFrom: b.effective_from,
    document: b.document,
    savedAt: b.created_at.toISOString(),
  }));
}

/** Saves an authority's 裁量基准 as published; a band outside the statute is refused, naming it. */
export async function saveBenchmark(
  ctx: AppContext,
  rc: RequestContext,
  divisionCode: string,
  doc: DiscretionBenchmark,
) {
  const actor = requireActor(rc);
  const division = authorityOf(actor, divisionCode);
  const problems = benchmarkProblems(doc, penaltyLaw());
  if (problems.length) throw AppError.invalid(problems.map((message) => ({ field: 'entries', message })));
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertBenchmark(trx, {
      id: doc.id,
      division_code: division,
      effective_from: doc.effectiveFrom,
      document: JSON.stringify(doc),
      created_by: actor.userId,
    });
    await ctx.audit(trx, rc, {
      eventType: 'enforcement',
      action: 'enforcement.benchmark.save',
      objectType: 'enforcement_benchmark',
      objectId: `${division}/${doc.id}`,
      diff: { after: doc },
    });
  });
  return listBenchmarks(ctx, rc);
}

// ---- 年度监督检查计划

const inScopePlan = async (db: Db, actor: Actor, id: string) =>
  foundInScope(await plans.findPlan(db, actor, id), { type: 'enforcement_plan', id, label: '检查计划' });

async function planDto(db: Db, row: plans.PlanRow) {
  return presentPlan(row, await plans.planCoverage(db, row.id, row.year));
}

export async function listPlans(
  ctx: AppContext,
  rc: RequestContext,
  q: { year?: number; page: number; pageSize: number },
) {
  const { items, total, totalCapped } = await plans.listPlans(ctx.db, requireActor(rc), q);
  const out = [];
  for (const p of items) out.push(await planDto(ctx.db, p));
  return { items: out, total, totalCapped, page: q.page, pageSize: q.pageSize };
}

export async function getPlan(ctx: AppContext, rc: RequestContext, id: string) {
  return planDto(ctx.db, await inScopePlan(ctx.db, requireActor(rc), id));
}

async function checkKeyEnterprises(db: Db, actor: Actor, ids: readonly string[]) {
  for (const [i, eid] of ids.entries()) {
    const e = await repo.enterpriseForCase(db, actor, eid);
    if (!e || !e.in_scope)
      throw AppError.invalid([{ field: `keyEnterpriseIds.${i}`, message: '企业不存在或不在管辖范围内' }]);
  }
}

export async function createPlan(ctx: AppContext, rc: RequestContext, input: InspectionPlanInput) {
  const actor = requireActor(rc);
  const division = authorityOf(actor, input.divisionCode);
  if (await plans.planOf(ctx.db, division, input.year))
    throw AppError.invalid([{ field: 'year', message: `该部门 ${input.year} 年的检查计划已存在` }]);
  await checkKeyEnterprises(ctx.db, actor, input.keyEnterpriseIds);
  const id = crypto.randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await plans.insertPlan(trx, {
      id,
      division_code: division,
      year: input.year,
      title: input.title,
      frequency: JSON.stringify(input.frequency),
      monthly_planned: input.monthlyPlanned,
      key_enterprise_ids: input.keyEnterpriseIds,
      created_by: actor.userId,
    });
    await ctx.audit(trx, rc, {
      eventType: 'enforcement',
      action: 'enforcement.plan.create',
      objectType: 'enforcement_plan',
      objectId: id,
      diff: { after: { ...input, divisionCode: division } },
    });
  });
  return getPlan(ctx, rc, id);
}

export async function updatePlan(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  input: InspectionPlanInput,
) {
  const actor = requireActor(rc);
  const row = await inScopePlan(ctx.db, actor, id);
  if ((input.divisionCode && input.divisionCode !== row.division_code) || input.year !== row.year)
    throw AppError.invalid([{ field: 'year', message: '计划的部门和年度不能修改' }]);
  await checkKeyEnterprises(ctx.db, actor, input.keyEnterpriseIds);
  await ctx.db.transaction().execute(async (trx) => {
    await plans.updatePlan(trx, id, {
      title: input.title,
      frequency: JSON.stringify(input.frequency),
      monthly_planned: input.monthlyPlanned,
      key_enterprise_ids: input.keyEnterpriseIds,
    });
    await ctx.audit(trx, rc, {
      eventType: 'enforcement',
      action: 'enforcement.plan.update',
      objectType: 'enforcement_plan',
      objectId: id,
      diff: {
        before: {
          title: row.title,
          frequency: row.frequency,
          monthlyPlanned: row.monthly_planned,
          keyEnterpriseIds: row.key_enterprise_ids,
        },
        after: input,
      },
    });
  });
  return getPlan(ctx, rc, id);
}

// ---- 双随机 draws

async function presentDraws(db: Db, rows: readonly plans.DrawRow[]): Promise<InspectionDrawDto[]> {
  const assignments = await plans.assignmentsOf(
    db,
    rows.map((d) => d.id),
  );
  const enterprises = new Map(
    (await repo.enterpriseNames(db, [...new Set(assignments.map((a) => a.enterprise_id))])).map((e) => [
      e.id,
      e.name,
    ]),
  );
  const officers = new Map(
    (await repo.officerNames(db, [...new Set(assignments.flatMap((a) => a.officer_ids))])).map((o) => [
      o.id,
      o.name,
    ]),
  );
  return rows.map((d) => {
    const mine = assignments.filter((a) => a.draw_id === d.id);
    return {
      id: d.id,
      planId: d.plan_id,
      divisionCode: d.division_code,
      month: d.month,
      algorithm: d.algorithm,
      seed: d.seed,
      inputs: d.inputs,
      assignments: mine.map((a) => ({
        seq: a.seq,
        enterprise: { id: a.enterprise_id, name: enterprises.get(a.enterprise_id) ?? '' },
        inspectors: a.officer_ids.map((o) => ({ id: o, name: officers.get(o) ?? '' })),
        inspectedOn: a.inspected_on,
      })),
      publishedAt: d.published_at.toISOString(),
      reproducible: reproduces(d.seed, d.inputs, mine),
    };
  });
}

/** Re-runs the draw from its stored seed and inputs (draw.md) and compares with the stored result. */
function reproduces(
  seed: string,
  inputs: DrawInputs,
  stored: readonly { enterprise_id: string; officer_ids: string[] }[],
) {
  try {
    const again = drawInspections({ seed, ...inputs });
    return (
      JSON.stringify(again.assignments.map((a) => [a.targetId, a.inspectorIds])) ===
      JSON.stringify(stored.map((a) => [a.enterprise_id, a.officer_ids]))
    );
  } catch {
    return false;
  }
}

export async function listDraws(ctx: AppContext, rc: RequestContext, planId?: string) {
  return presentDraws(ctx.db, await plans.listDraws(ctx.db, requireActor(rc), planId));
}

/**
 * A 双随机 draw under a plan: the enterprises in scope under the plan's authority and the authority's active
 * 执法人员 are frozen as the inputs, declared conflicts and the previous draw's pairs excluded, the seed recorded
 * (given, or 128 random bits), and the result published with everything needed to re-run it.
 */
export async function drawForPlan(
  ctx: AppContext,
  rc: RequestContext,
  planId: string,
  input: InspectionDrawInput,
) {
  const actor = requireActor(rc);
  const plan = await inScopePlan(ctx.db, actor, planId);
  const [enterprises, officers, previousPairs] = await Promise.all([
    repo.drawableEnterprises(ctx.db, actor, plan.division_code, input.sector),
    repo.activeOfficersOf(ctx.db, plan.division_code),
    plans.latestDrawPairs(ctx.db, planId),
  ]);
  const targets = enterprises.map((e) => e.id);
  const targetSet = new Set(targets);
  const inputs: DrawInputs = {
    targets,
    inspectors: officers.map((o) => o.id),
    targetCount: input.targetCount,
    inspectorsPerTarget: input.inspectorsPerTarget,
    conflicts: officers.flatMap((o) =>
      o.conflict_enterprise_ids
        .filter((t) => targetSet.has(t))
        .map((t) => ({ inspectorId: o.id, targetId: t })),
    ),
    previousPairs: previousPairs.filter((p) => targetSet.has(p.targetId)),
  };
  if (!targets.length)
    throw new AppError('ENFORCEMENT_DRAW_INSUFFICIENT', '没有可抽取的检查对象', { targets: 0 });
  if (!officers.length)
    throw new AppError('ENFORCEMENT_DRAW_INSUFFICIENT', '执法人员库为空', { inspectors: 0 });
  const seed = input.seed ?? crypto.randomBytes(16).toString('hex');
  const result = drawInspections({ seed, ...inputs });
  const id = crypto.randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await plans.insertDraw(trx, {
      id,
      plan_id: planId,
      division_code: plan.division_code,
      month: input.month,
      algorithm: DRAW_ALGORITHM,
      seed,
      inputs: JSON.stringify(inputs),
      created_by: actor.userId,
    });
    await plans.insertAssignments(
      trx,
      result.assignments.map((a, i) => ({
        draw_id: id,
        seq: i + 1,
        division_code: plan.division_code,
        enterprise_id: a.targetId,
        officer_ids: a.inspectorIds,
      })),
    );
    await ctx.audit(trx, rc, {
      eventType: 'enforcement',
      action: 'enforcement.draw.publish',
      objectType: 'enforcement_draw',
      objectId: id,
      diff: { planId, month: input.month, seed, algorithm: DRAW_ALGORITHM, assignments: result.assignments },
    });
  });
  const [row] = await plans.listDraws(ctx.db, actor, planId);
  return (await presentDraws(ctx.db, [row!]))[0]!;
}

/** Records that a drawn enterprise was inspected (the plan's coverage counts it in that month). */
export async function markInspected(
  ctx: AppContext,
  rc: RequestContext,
  planId: string,
  drawId: string,
  input: { enterpriseId: string; inspectedOn: string },
) {
  const actor = requireActor(rc);
  await inScopePlan(ctx.db, actor, planId);
  const draw = foundInScope(await plans.findDraw(ctx.db, actor, drawId), {
    type: 'enforcement_draw',
    id: drawId,
    label: '抽取结果',
  });
  if (draw.plan_id !== planId) throw new AppError('NOT_FOUND', '抽取结果不存在');
  await ctx.db.transaction().execute(async (trx) => {
    const done = await plans.markInspected(trx, drawId, input.enterpriseId, input.inspectedOn);
    if (!done) throw AppError.invalid([{ field: 'enterpriseId', message: '该企业不在本次抽取结果中' }]);
    await ctx.audit(trx, rc, {
      eventType: 'enforcement',
      action: 'enforcement.draw.inspected',
      objectType: 'enforcement_draw',
      objectId: drawId,
      diff: input,
    });
  });
  return (await presentDraws(ctx.db, [draw]))[0]!;
}
