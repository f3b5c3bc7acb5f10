import { type Insertable, sql } from 'kysely';
import { type InspectionListQuery, addCalendarDays } from '@anjian/domain';
import { countUpTo } from '../../db/count.ts';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { inScope } from '../../platform/access/scope.ts';
import type { InspectionTable } from './inspection.table.ts';

const columns = [
  'i.id',
  'i.enterprise_id',
  'i.division_code',
  'i.status',
  'i.findings',
  'i.measures',
  sql<string | null>`i.rectify_by::text`.as('rectify_by'),
  'i.inspected_by_name',
  'i.created_at',
  'e.name as enterprise_name',
] as const;

export const insertInspection = (trx: Db, row: Insertable<InspectionTable>) =>
  trx.insertInto('inspection').values(row).execute();

export const idByKey = (db: Db, key: string) =>
  db.selectFrom('inspection').select('id').where('idempotency_key', '=', key).executeTakeFirst();

const scopeOf = (actor: Actor) =>
  inScope(actor, {
    division: 'e.division_code',
    sector: 'e.sector',
    secondarySectors: 'e.secondary_sectors',
    enterprise: 'e.id',
  });

/** One inspection with its in-scope flag (the same division / sector / own-enterprise rule as hazards). */
export function inspectionById(db: Db, actor: Actor, id: string) {
  return db
    .selectFrom('inspection as i')
    .innerJoin('enterprise as e', 'e.id', 'i.enterprise_id')
    .select(columns)
    .select(scopeOf(actor).as('in_scope'))
    .where('i.id', '=', id)
    .executeTakeFirst();
}

/** China's midnight of a day (检查日期 filters count days as China counts them). */
const chinaMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);

/** The inspections in scope, newest first, filtered by enterprise, status and inspection day. */
export async function listInspections(db: Db, actor: Actor, q: InspectionListQuery) {
  const base = db
    .selectFrom('inspection as i')
    .innerJoin('enterprise as e', 'e.id', 'i.enterprise_id')
    .where(scopeOf(actor))
    .$if(!!q.enterpriseId, (b) => b.where('i.enterprise_id', '=', q.enterpriseId as string))
    .$if(!!q.status, (b) => b.where('i.status', '=', q.status as 'rectifying' | 'closed'))
    .$if(!!q.from, (b) => b.where('i.created_at', '>=', chinaMidnight(q.from as string)))
    .$if(!!q.to, (b) => b.where('i.created_at', '<', chinaMidnight(addCalendarDays(q.to as string, 1))));
  const [items, count] = await Promise.all([
    base
      .select(columns)
      .orderBy('i.created_at', 'desc')
      .orderBy('i.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    countUpTo(db, base),
  ]);
  return { items, ...count };
}

/** The inspected enterprise as its documents name it (当事人). */
export const partyOf = (db: Db, enterpriseId: string) =>
  db
    .selectFrom('enterprise')
    .select(['name', 'credit_code', 'address', 'principal'])
    .where('id', '=', enterpriseId)
    .executeTakeFirstOrThrow();

/** The row a review changes, locked for the review's transaction. */
export const lockInspection = (trx: Db, id: string) =>
  trx
    .selectFrom('inspection')
    .select(['id', 'status', 'findings', 'division_code', 'enterprise_id', 'created_at'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

export const updateReviewed = (
  trx: Db,
  id: string,
  changes: { findings: string; status: 'rectifying' | 'closed' },
) => trx.updateTable('inspection').set(changes).where('id', '=', id).execute();
