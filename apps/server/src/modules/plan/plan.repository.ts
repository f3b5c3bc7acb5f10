import type { NewRows } from '../../db/schema.ts';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { inScope } from '../../platform/access/scope.ts';

/** The codes of a division and its ancestors (GB/T 2260 prefixes): a county sees its city's plans. */
export function selfAndAncestors(code: string): string[] {
  return [
    ...new Set(
      [code.slice(0, 2) + '0000', code.slice(0, 4) + '00', code.slice(0, 6), code.slice(0, 9), code].filter(
        (c) => c.length <= code.length,
      ),
    ),
  ];
}

/** Plans of the actor's subtree, and those of the divisions above it (their targets are decomposed to it). */
export function listPlans(db: Db, actor: Actor) {
  const above = actor.divisionCode ? selfAndAncestors(actor.divisionCode) : [];
  return db
    .selectFrom('plan_period as p')
    .innerJoin('division as v', 'v.code', 'p.division_code')
    .select([
      'p.id',
      'p.division_code',
      'v.name as division_name',
      'p.name',
      'p.start_year',
      'p.end_year',
      'p.baseline_from',
      'p.baseline_to',
      'p.baseline_label',
    ])
    .where((eb) =>
      above.length
        ? eb.or([inScope(actor, { division: 'p.division_code' }), eb('p.division_code', 'in', above)])
        : inScope(actor, { division: 'p.division_code' }),
    )
    .orderBy('p.start_year')
    .execute();
}

export type PlanRow = Awaited<ReturnType<typeof listPlans>>[number];

export async function findPlan(db: Db, actor: Actor, id: string) {
  return (await listPlans(db, actor)).find((p) => p.id === id);
}

export function planExists(db: Db, id: string) {
  return db.selectFrom('plan_period').select('id').where('id', '=', id).executeTakeFirst();
}

/** Target rows of a plan for one division, in scope. */
export function targets(db: Db, actor: Actor, planId: string, division: string) {
  return db
    .selectFrom('plan_target as t')
    .selectAll('t')
    .where('t.plan_id', '=', planId)
    .where('t.division_code', '=', division)
    .where(inScope(actor, { division: 't.division_code' }))
    .execute();
}

export type TargetRow = Awaited<ReturnType<typeof targets>>[number];

export async function upsertTarget(
  trx: Db,
  row: {
    id: string;
    plan_id: string;
    division_code: string;
    indicator_key: string;
    baseline: number | null;
    target: number;
    stated_drop: number | null;
    stated_annual_drop: number | null;
    note: string | null;
    decomposed_from: string | null;
  },
) {
  const { id: _id, plan_id: _p, division_code: _d, indicator_key: _k, ...rest } = row;
  await trx
    .insertInto('plan_target')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['plan_id', 'division_code', 'indicator_key'])
        .doUpdateSet({ ...rest, updated_at: new Date() }),
    )
    .execute();
}

export const insertPlanPeriod = (trx: Db, row: NewRows<'plan_period'>) =>
  trx.insertInto('plan_period').values(row).execute();

export const planNameTaken = async (trx: Db, divisionCode: string, name: string) =>
  !!(await trx
    .selectFrom('plan_period')
    .select('id')
    .where('division_code', '=', divisionCode)
    .where('name', '=', name)
    .executeTakeFirst());

/** The divisions directly below one (the scope of the caller is checked on the parent). */
export const childDivisions = (db: Db, parentCode: string) =>
  db
    .selectFrom('division')
    .select(['code', 'name'])
    .where('parent_code', '=', parentCode)
    .orderBy('code')
    .execute();
