import { sql } from 'kysely';
import {
  type AccidentAggregate,
  type DenominatorKind,
  type DenominatorRow,
  subtreePrefix,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { inScope } from '../../platform/access/scope.ts';
import { accidentScope } from '../accident/index.ts';

/** A division and whether the actor's territorial scope covers it. */
export function findDivision(db: Db, actor: Actor, code: string) {
  return db
    .selectFrom('division as d')
    .select(['d.code', 'd.name', 'd.level', 'd.parent_code'])
    .select(inScope(actor, { division: 'd.code' }).as('in_scope'))
    .where('d.code', '=', code)
    .executeTakeFirst();
}

/** Child divisions of `parent` that the actor may see (map colouring and county ranking). */
export function childDivisions(db: Db, actor: Actor, parent: string) {
  return db
    .selectFrom('division as d')
    .select(['d.code', 'd.name'])
    .where('d.parent_code', '=', parent)
    .where(inScope(actor, { division: 'd.code' }))
    .orderBy('d.code')
    .execute();
}

/**
 * Accident counts and deaths per year, category and grade class for a subtree — everything the indicator
 * engine needs, in one aggregate over (stat_year, division_code) (index accident_year_division_idx).
 */
export async function accidentAggregates(
  db: Db,
  actor: Actor,
  division: string,
  from: number,
  to: number,
): Promise<AccidentAggregate[]> {
  const larger = sql<boolean>`(a.grade <> '一般')`;
  const rows = await db
    .selectFrom('accident as a')
    .select(['a.stat_year', 'a.category', larger.as('larger')])
    .select((eb) => [eb.fn.countAll<number>().as('accidents'), eb.fn.sum<number>('a.deaths').as('deaths')])
    .where('a.stat_year', '>=', from)
    .where('a.stat_year', '<=', to)
    .where('a.division_code', 'like', `${subtreePrefix(division)}%`)
    .where(accidentScope(actor))
    .groupBy(['a.stat_year', 'a.category', larger])
    .execute();
  return rows.map((r) => ({
    year: r.stat_year,
    category: r.category,
    larger: Boolean(r.larger),
    accidents: Number(r.accidents),
    deaths: Number(r.deaths),
  }));
}

/** Denominator rows of a subtree and years (the division's own rows and those below it). */
export async function denominatorRows(
  db: Db,
  actor: Actor,
  division: string,
  from: number,
  to: number,
  kind?: DenominatorKind,
) {
  let q = db
    .selectFrom('stat_denominator as s')
    .innerJoin('division as v', 'v.code', 's.division_code')
    .select([
      's.division_code',
      'v.name as division_name',
      's.year',
      's.kind',
      's.value',
      's.source',
      's.updated_at',
    ])
    .where('s.year', '>=', from)
    .where('s.year', '<=', to)
    .where('s.division_code', 'like', `${subtreePrefix(division)}%`)
    .where(inScope(actor, { division: 's.division_code' }));
  if (kind) q = q.where('s.kind', '=', kind);
  return q.orderBy('s.year').orderBy('s.division_code').orderBy('s.kind').execute();
}

export type DenominatorDbRow = Awaited<ReturnType<typeof denominatorRows>>[number];

export const toDenominatorRow = (r: DenominatorDbRow): DenominatorRow => ({
  divisionCode: r.division_code,
  year: r.year,
  kind: r.kind as DenominatorKind,
  value: Number(r.value),
});

/** Counts and deaths by grade, category and year for the dashboard's breakdowns. */
export function accidentStats(db: Db, actor: Actor, division: string, from: number, to: number) {
  return db
    .selectFrom('accident as a')
    .select(['a.stat_year', 'a.grade', 'a.category'])
    .select((eb) => [
      eb.fn.countAll<number>().as('accidents'),
      eb.fn.sum<number>('a.deaths').as('deaths'),
      eb.fn.sum<number>('a.serious_injuries').as('serious_injuries'),
      eb.fn.sum<string>('a.direct_loss').as('direct_loss'),
    ])
    .where('a.stat_year', '>=', from)
    .where('a.stat_year', '<=', to)
    .where('a.division_code', 'like', `${subtreePrefix(division)}%`)
    .where(accidentScope(actor))
    .groupBy(['a.stat_year', 'a.grade', 'a.category'])
    .execute();
}
