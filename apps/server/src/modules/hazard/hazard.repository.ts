import {
  type Expression,
  type ExpressionBuilder,
  type Insertable,
  type SqlBool,
  type UpdateObject,
  sql,
} from 'kysely';
import {
  type HazardFilter,
  type ListHazardsQuery,
  type Permission,
  roles,
  subtreePrefix,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { countUpTo } from '../../db/count.ts';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { inScope } from '../../platform/access/scope.ts';
import type { HazardTable } from './hazard.table.ts';

type HDb = Database & { h: HazardTable };
type EB = ExpressionBuilder<HDb, 'h'>;

/** The one data-scope rule for hazards: the enterprise's division and sector (copied onto the row), own enterprise, contracts. */
export const hazardScope = (actor: Actor) =>
  inScope(actor, {
    division: 'h.division_code',
    sector: 'h.sector',
    enterprise: 'h.enterprise_id',
    sensitivity: 'h.sensitivity',
  });

/** Beijing midnight of a date, for reported_at ranges. */
const cstStart = (isoDate: string) => new Date(`${isoDate}T00:00:00+08:00`);
const nextDay = (isoDate: string) => new Date(Date.parse(`${isoDate}T00:00:00+08:00`) + 86_400_000);

/** Scope first, then the filters; `today` (China date) decides overdue at query time. */
export function hazardWhere(actor: Actor, f: HazardFilter, today: string) {
  return (eb: EB): Expression<SqlBool> => {
    const conds: Expression<SqlBool>[] = [hazardScope(actor)];
    if (f.status) conds.push(eb('h.status', '=', f.status));
    if (f.open === 'true') conds.push(eb('h.status', '<>', 'accepted'));
    if (f.open === 'false') conds.push(eb('h.status', '=', 'accepted'));
    if (f.level) conds.push(eb('h.level', '=', f.level));
    if (f.source) conds.push(eb('h.source', '=', f.source));
    if (f.overdue === 'true')
      conds.push(eb.and([eb('h.status', '<>', 'accepted'), eb('h.deadline', '<', today)]));
    if (f.overdue === 'false')
      conds.push(
        eb.or([eb('h.status', '=', 'accepted'), eb('h.deadline', 'is', null), eb('h.deadline', '>=', today)]),
      );
    if (f.enterpriseId) conds.push(eb('h.enterprise_id', '=', f.enterpriseId));
    if (f.divisionCode) conds.push(eb('h.division_code', 'like', `${subtreePrefix(f.divisionCode)}%`));
    if (f.sector) conds.push(eb('h.sector', '=', f.sector));
    if (f.from) conds.push(eb('h.reported_at', '>=', cstStart(f.from)));
    if (f.to) conds.push(eb('h.reported_at', '<', nextDay(f.to)));
    return eb.and(conds);
  };
}

const summarySelect = (db: Db) =>
  db
    .selectFrom('hazard as h')
    .innerJoin('enterprise as e', 'e.id', 'h.enterprise_id')
    .innerJoin('division as v', 'v.code', 'h.division_code')
    .select([
      'h.id',
      'h.enterprise_id',
      'e.name as enterprise_name',
      'h.division_code',
      'v.name as division_name',
      'h.sector',
      'h.source',
      'h.sensitivity',
      'h.location',
      'h.description',
      'h.checklist_item',
      'h.level',
      'h.status',
      sql<string | null>`h.deadline::text`.as('deadline'),
      'h.listed_by_division',
      'h.listed_by_name',
      sql<string | null>`h.supervision_deadline::text`.as('supervision_deadline'),
      'h.found_at',
      'h.reported_at',
      'h.accepted_at',
      'h.rejections',
      'h.updated_at',
      // The latest 验收不通过 of an open hazard, read through hazard_event_hazard_idx (rare: rejections > 0).
      sql<{
        reason: string | null;
        at: string;
      } | null>`CASE WHEN h.rejections > 0 AND h.status <> 'accepted' THEN (
        SELECT json_build_object('reason', ev.comment, 'at', ev.at) FROM hazard_event ev
        WHERE ev.hazard_id = h.id AND ev.action = 'reject' ORDER BY ev.id DESC LIMIT 1) END`.as(
        'last_rejection',
      ),
    ]);
export type HazardSummaryRow = Awaited<
  ReturnType<ReturnType<typeof summarySelect>['executeTakeFirstOrThrow']>
>;

export async function listHazards(db: Db, actor: Actor, q: ListHazardsQuery, today: string) {
  const where = hazardWhere(actor, q, today);
  const [items, count] = await Promise.all([
    summarySelect(db)
      .where(where)
      .orderBy('h.reported_at', 'desc')
      .orderBy('h.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    countUpTo(db, db.selectFrom('hazard as h').where(where)),
  ]);
  return { items, ...count };
}

const detailSelect = (db: Db) =>
  summarySelect(db)
    .leftJoin('app_user as ru', 'ru.id', 'h.reported_by')
    .select([
      'h.plan',
      'h.reported_by',
      'ru.display_name as reported_by_name',
      'h.assessed_by',
      'h.assessed_at',
      'h.rectified_by',
      'h.accepted_by',
    ]);
export type HazardDetailRow = Awaited<ReturnType<ReturnType<typeof detailSelect>['executeTakeFirstOrThrow']>>;

/** A hazard and whether the actor's scope covers it; undefined when none exists. */
export function findHazard(db: Db, actor: Actor, id: string) {
  return detailSelect(db).select(hazardScope(actor).as('in_scope')).where('h.id', '=', id).executeTakeFirst();
}

export const lockHazard = (trx: Db, id: string) =>
  trx
    .selectFrom('hazard')
    .select([
      'id',
      'status',
      'level',
      'plan',
      'listed_by_division',
      'division_code',
      'enterprise_id',
      'rectified_by',
      sql<string | null>`deadline::text`.as('deadline'),
      // The China date of the report: a 五落实 deadline must fall after it.
      sql<string>`(reported_at AT TIME ZONE 'Asia/Shanghai')::date::text`.as('reported_on'),
    ])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

export const insertHazard = (trx: Db, row: Insertable<Database['hazard']>) =>
  trx.insertInto('hazard').values(row).execute();

/** A hazard's columns as a step of the loop leaves them (status, level, plan, 挂牌督办 …). */
export type HazardChanges = UpdateObject<Database, 'hazard', 'hazard'>;

export const updateHazard = (trx: Db, id: string, changes: HazardChanges) =>
  trx.updateTable('hazard').set(changes).where('id', '=', id).execute();

/** 验收不通过 counts on the row itself, so concurrent rejections cannot lose one. */
export const oneMoreRejection = sql<number>`rejections + 1`;

/** One step of the loop in the hazard's history (append-only). */
export const insertEvent = async (trx: Db, event: Insertable<Database['hazard_event']>): Promise<number> =>
  Number((await trx.insertInto('hazard_event').values(event).returning('id').executeTakeFirstOrThrow()).id);

export function events(db: Db, hazardId: string) {
  return db.selectFrom('hazard_event').selectAll().where('hazard_id', '=', hazardId).orderBy('id').execute();
}

/** The enterprise a report names, with whether the reporter's scope covers it (enterprise scope rule). */
export function reportableEnterprise(db: Db, actor: Actor, enterpriseId: string) {
  return db
    .selectFrom('enterprise as e')
    .select([
      'e.id',
      'e.division_code',
      'e.sector',
      'e.status',
      inScope(actor, {
        division: 'e.division_code',
        sector: 'e.sector',
        secondarySectors: 'e.secondary_sectors',
        enterprise: 'e.id',
      }).as('in_scope'),
    ])
    .where('e.id', '=', enterpriseId)
    .executeTakeFirst();
}

/** How many hazards one filter selects (a to-do's count equals the list its link opens). */
export async function countHazards(db: Db, actor: Actor, f: HazardFilter, today: string) {
  const row = await db
    .selectFrom('hazard as h')
    .where(hazardWhere(actor, f, today))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The latest 验收不通过 whose hazard is still being rectified: its reason and where. */
export const latestOpenRejection = (db: Db, actor: Actor) =>
  db
    .selectFrom('hazard_event as e')
    .innerJoin('hazard as h', 'h.id', 'e.hazard_id')
    .where(hazardScope(actor))
    .where('h.status', '=', 'rectifying')
    .where('e.action', '=', 'reject')
    .select(['e.comment', 'h.location'])
    .orderBy('e.at', 'desc')
    .limit(1)
    .executeTakeFirst();

/** Deadlines in [from, to], or before a day (overdue). */
export type DeadlineWindow = { from: string; to: string } | { before: string };

/**
 * Deadline notifications for the people responsible for each open hazard in the window: the enterprise's
 * active accounts, its grid member and (overdue) the assessor. One per (hazard, kind, user): a rerun adds
 * nothing. Returns how many were written.
 */
export async function insertDeadlineNotifications(
  db: Db,
  kind: 'due_soon' | 'overdue',
  when: DeadlineWindow,
  title: string,
  withAssessor: boolean,
) {
  const window =
    'before' in when
      ? sql`h.deadline < ${when.before}::date`
      : sql`h.deadline >= ${when.from}::date AND h.deadline <= ${when.to}::date`;
  const { rows } = await sql<{ id: string }>`
    INSERT INTO notification (id, user_id, hazard_id, kind, title, body)
    SELECT gen_random_uuid(), r.user_id, h.id, ${kind}, ${title},
           e.name || '：' || left(h.description, 60) || '（整改期限 ' || h.deadline::text || '）'
    FROM hazard h
    JOIN enterprise e ON e.id = h.enterprise_id
    CROSS JOIN LATERAL (
      SELECT u.id AS user_id FROM app_user u WHERE u.enterprise_id = h.enterprise_id AND u.status = 'active'
      UNION SELECT e.grid_user_id WHERE e.grid_user_id IS NOT NULL
      UNION SELECT h.assessed_by WHERE ${withAssessor} AND h.assessed_by IS NOT NULL
    ) r
    WHERE h.status <> 'accepted' AND h.deadline IS NOT NULL AND ${window}
    ON CONFLICT (hazard_id, kind, user_id) WHERE event_id IS NULL DO NOTHING
    RETURNING id`.execute(db);
  return rows.length;
}

/**
 * 督办 overdue: every active user of the listing authority's division holding one of `acceptorRoles` gets a
 * `supervision_overdue` notification for each open 重大隐患 past its 督办 deadline (once per hazard and user).
 */
export async function insertSupervisionOverdue(db: Db, today: string, acceptorRoles: readonly string[]) {
  const { rows } = await sql<{ id: string }>`
    INSERT INTO notification (id, user_id, hazard_id, kind, title, body)
    SELECT gen_random_uuid(), u.id, h.id, 'supervision_overdue', '挂牌督办重大隐患已逾期',
           e.name || '：' || left(h.description, 60) || '（' || coalesce(h.listed_by_name, h.listed_by_division)
             || '督办期限 ' || h.supervision_deadline::text || '）'
    FROM hazard h
    JOIN enterprise e ON e.id = h.enterprise_id
    JOIN app_user u ON u.division_code = h.listed_by_division AND u.status = 'active'
                   AND u.role_code IN (${sql.join(acceptorRoles.map((c) => sql`${c}`))})
    WHERE h.level = '重大' AND h.status <> 'accepted' AND h.listed_by_division IS NOT NULL
      AND h.supervision_deadline < ${today}::date
    ON CONFLICT (hazard_id, kind, user_id) WHERE event_id IS NULL DO NOTHING
    RETURNING id`.execute(db);
  return rows.length;
}

// ---- who acts next: the recipients of a step's notification (issue 11 item 4) -------------------------

/** The active accounts of an enterprise (it rectifies and applies for acceptance). */
export async function enterpriseAccounts(db: Db, enterpriseId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('app_user')
    .select('id')
    .where('enterprise_id', '=', enterpriseId)
    .where('status', '=', 'active')
    .execute();
  return rows.map((r) => r.id);
}

const rolesHolding = (p: Permission, scope: 'division' | 'department') =>
  roles
    .filter((r) => r.scope === scope && (r.permissions as readonly Permission[]).includes(p))
    .map((r) => r.code as string);

/** subtreePrefix (GB/T 2260) in SQL: 640000 → 64, 640500 → 6405, any other code is its own prefix. */
const prefixOf = (col: string) =>
  sql<string>`CASE WHEN ${sql.ref(col)} ~ '^[0-9]{2}0000$' THEN left(${sql.ref(col)}, 2)
    WHEN ${sql.ref(col)} ~ '^[0-9]{4}00$' THEN left(${sql.ref(col)}, 4) ELSE ${sql.ref(col)} END`;

/**
 * The active regulators holding `permission` whose data scope covers the hazard — territorial accounts
 * whose division subtree holds it, department officers whose department's subtree and sectors hold it
 * (the same rule as inScope, read the other way round). A 重大隐患 listed for 挂牌督办 is the listing
 * authority's alone (`listedOnly`): the accounts of that division.
 */
export async function regulatorsFor(
  db: Db,
  hazardId: string,
  permission: Permission,
  listedOnly: boolean,
): Promise<string[]> {
  const territorial = rolesHolding(permission, 'division');
  const departmental = rolesHolding(permission, 'department');
  const none = sql<string>`NULL`;
  const list = (codes: string[]) => (codes.length ? sql.join(codes.map((c) => sql`${c}`)) : none);
  const rows = await sql<{ id: string }>`
    SELECT u.id FROM hazard h
    JOIN app_user u ON u.status = 'active'
    LEFT JOIN department d ON d.id = u.department_id
    WHERE h.id = ${hazardId}
      AND CASE WHEN ${listedOnly} AND h.level = '重大' AND h.listed_by_division IS NOT NULL
        THEN u.division_code = h.listed_by_division AND u.role_code IN (${list(territorial)})
        ELSE (u.role_code IN (${list(territorial)}) AND u.division_code IS NOT NULL
                AND h.division_code LIKE ${prefixOf('u.division_code')} || '%')
          OR (u.role_code IN (${list(departmental)}) AND d.id IS NOT NULL
                AND h.division_code LIKE ${prefixOf('d.division_code')} || '%' AND h.sector = ANY(d.sectors))
      END
    ORDER BY u.id`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** What a step's message names: the enterprise, the hazard's text and its deadline, the reporter. */
export function noticeFacts(db: Db, hazardId: string) {
  return db
    .selectFrom('hazard as h')
    .innerJoin('enterprise as e', 'e.id', 'h.enterprise_id')
    .select([
      'h.enterprise_id',
      'e.name as enterprise_name',
      'h.description',
      'h.level',
      'h.reported_by',
      sql<string | null>`h.deadline::text`.as('deadline'),
    ])
    .where('h.id', '=', hazardId)
    .executeTakeFirstOrThrow();
}
