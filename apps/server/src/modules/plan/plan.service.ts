import crypto from 'node:crypto';
import {
  AppError,
  type DecomposeInput,
  type PlanInput,
  type TargetInput,
  computePeriodIndicators,
  decomposeTarget,
  indicatorDefinition,
  indicatorDefinitions,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { type Actor, type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { assertWritable } from '../../platform/access/scope.ts';
import { divisionInScope, yearlyInputs } from '../indicator/index.ts';
import * as repo from './plan.repository.ts';
import { annualDropForms, presentPlan, presentTargetRow } from './plan.presenter.ts';

export async function listPlans(ctx: AppContext, rc: RequestContext) {
  return (await repo.listPlans(ctx.db, requireActor(rc))).map(presentPlan);
}

async function planOf(db: Db, actor: Actor, id: string) {
  const plan = await repo.findPlan(db, actor, id);
  if (!plan) {
    if (await repo.planExists(db, id)) throw AppError.outOfScope('plan_period', id);
    throw new AppError('NOT_FOUND', '规划不存在');
  }
  return plan;
}

/** A plan period (e.g. 十三五 2016–2020) with its baseline years (one year, or a period's yearly mean). */
export async function createPlan(ctx: AppContext, rc: RequestContext, input: PlanInput) {
  const actor = requireActor(rc);
  await divisionInScope(ctx.db, actor, input.divisionCode);
  assertWritable(actor, input.divisionCode, null);
  const id = crypto.randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    if (await repo.planNameTaken(trx, input.divisionCode, input.name))
      throw new AppError('CONFLICT', '该区划已有同名规划', [{ field: 'name', message: '名称重复' }]);
    await repo.insertPlanPeriod(trx, {
      id,
      division_code: input.divisionCode,
      name: input.name,
      start_year: input.startYear,
      end_year: input.endYear,
      baseline_from: input.baselineFrom,
      baseline_to: input.baselineTo,
      baseline_label: input.baselineLabel ?? null,
    });
    await ctx.audit(trx, rc, {
      eventType: 'plan',
      action: 'plan.create',
      objectType: 'plan_period',
      objectId: id,
      diff: { after: input },
    });
  });
  return presentPlan(await planOf(ctx.db, actor, id));
}

/** The plan's target table for a division: baselines, targets, falls, actual values and progress. */
export async function getTargetTable(
  ctx: AppContext,
  rc: RequestContext,
  planId: string,
  division: string,
  db: Db = ctx.db,
) {
  const actor = requireActor(rc);
  const plan = await planOf(db, actor, planId);
  const div = await divisionInScope(db, actor, division);
  const [rows, inputs] = await Promise.all([
    repo.targets(db, actor, planId, division),
    yearlyInputs(db, actor, division, plan.baseline_from, plan.end_year),
  ]);
  const values = computePeriodIndicators(
    inputs.aggregates,
    inputs.denominators,
    division,
    plan.baseline_from,
    plan.end_year,
  );
  const byKey = new Map(rows.map((r) => [r.indicator_key, r]));
  return {
    plan: presentPlan(plan),
    division: { code: div.code, name: div.name },
    annualDropForms,
    rows: indicatorDefinitions.flatMap((def) => {
      const t = byKey.get(def.key);
      return t
        ? [
            presentTargetRow(
              plan,
              def,
              t,
              values.find((v) => v.key === def.key),
            ),
          ]
        : [];
    }),
  };
}

/** Sets one target (and the plan's stated baseline and falls) for an indicator and division. */
export async function saveTarget(ctx: AppContext, rc: RequestContext, planId: string, input: TargetInput) {
  const actor = requireActor(rc);
  await planOf(ctx.db, actor, planId);
  await divisionInScope(ctx.db, actor, input.divisionCode);
  assertWritable(actor, input.divisionCode, null);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertTarget(trx, {
      id: crypto.randomUUID(),
      plan_id: planId,
      division_code: input.divisionCode,
      indicator_key: input.indicatorKey,
      baseline: input.baseline ?? null,
      target: input.target,
      stated_drop: input.statedDrop ?? null,
      stated_annual_drop: input.statedAnnualDrop ?? null,
      note: input.note ?? null,
      decomposed_from: null,
    });
    await ctx.audit(trx, rc, {
      eventType: 'plan',
      action: 'plan.target.save',
      objectType: 'plan_period',
      objectId: planId,
      diff: { after: input },
    });
  });
  return getTargetTable(ctx, rc, planId, input.divisionCode);
}

/**
 * 逐级分解: the targets set at `divisionCode` go to each child division, from the children's own
 * baselines (computed from their records and denominators) by decomposeTarget's rule.
 */
export async function decomposePlan(
  ctx: AppContext,
  rc: RequestContext,
  planId: string,
  input: DecomposeInput,
) {
  const actor = requireActor(rc);
  const parent = await getTargetTable(ctx, rc, planId, input.divisionCode);
  assertWritable(actor, input.divisionCode, null);
  const plan = parent.plan;
  const children = await repo.childDivisions(ctx.db, input.divisionCode);
  if (children.length === 0)
    throw AppError.invalid([{ field: 'divisionCode', message: '该区划没有下级区划' }]);
  const wanted = parent.rows.filter(
    (r) => !input.indicatorKeys || input.indicatorKeys.includes(r.indicatorKey),
  );
  const childBaselines = await Promise.all(
    children.map(async (c) => {
      const inputs = await yearlyInputs(ctx.db, actor, c.code, plan.baselineFrom, plan.baselineTo);
      return {
        code: c.code,
        values: computePeriodIndicators(
          inputs.aggregates,
          inputs.denominators,
          c.code,
          plan.baselineFrom,
          plan.baselineTo,
        ),
      };
    }),
  );
  const written: { divisionCode: string; indicatorKey: string; baseline: number; target: number }[] = [];
  await ctx.db.transaction().execute(async (trx) => {
    for (const row of wanted) {
      const def = indicatorDefinition(row.indicatorKey);
      if (!def || row.baseline === null) continue;
      const kids = childBaselines.map((c) => ({
        divisionCode: c.code,
        baseline: c.values.find((v) => v.key === def.key)?.yearlyAverage ?? 0,
      }));
      for (const k of decomposeTarget(def, { baseline: row.baseline, target: row.target }, kids)) {
        await repo.upsertTarget(trx, {
          id: crypto.randomUUID(),
          plan_id: planId,
          division_code: k.divisionCode,
          indicator_key: def.key,
          baseline: k.baseline,
          target: k.target,
          stated_drop: null,
          stated_annual_drop: null,
          note: null,
          decomposed_from: input.divisionCode,
        });
        written.push({
          divisionCode: k.divisionCode,
          indicatorKey: def.key,
          baseline: k.baseline,
          target: k.target,
        });
      }
    }
    await ctx.audit(trx, rc, {
      eventType: 'plan',
      action: 'plan.decompose',
      objectType: 'plan_period',
      objectId: planId,
      diff: { from: input.divisionCode, targets: written },
    });
  });
  return { planId, from: input.divisionCode, targets: written };
}
