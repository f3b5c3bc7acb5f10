import { type SelectQueryBuilder, sql } from 'kysely';
import type { Db } from './database.ts';

/**
 * Lists report `total` exactly up to this many rows and say "at least this many" beyond: an exact
 * count(*) over a city's 500 000 accidents costs more than the page itself (BENCHMARKS.md).
 */
export const COUNT_CAP = 10_000;

/** Counts the rows of a filtered query, stopping at `cap` + 1. */
export async function countUpTo<DB, TB extends keyof DB, O>(
  db: Db,
  query: SelectQueryBuilder<DB, TB, O>,
  cap = COUNT_CAP,
): Promise<{ total: number; totalCapped: boolean }> {
  const limited = query
    .clearSelect()
    .select(sql<number>`1`.as('one'))
    .limit(cap + 1);
  const { rows } = await sql<{ n: number | string }>`SELECT count(*) AS n FROM (${limited}) AS t`.execute(db);
  const n = Number(rows[0]?.n ?? 0);
  return { total: Math.min(n, cap), totalCapped: n > cap };
}
