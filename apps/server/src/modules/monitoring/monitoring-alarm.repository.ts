import { sql } from 'kysely';
import { type Permission, roles } from '@anjian/domain';
import type { Db } from '../../db/database.ts';

const rolesHolding = (p: Permission, scope: 'division' | 'department' | 'enterprise') =>
  roles
    .filter((r) => r.scope === scope && (r.permissions as readonly Permission[]).includes(p))
    .map((r) => r.code as string);

const none = sql<string>`NULL`;
const list = (codes: string[]) => (codes.length ? sql.join(codes.map((c) => sql`${c}`)) : none);

/** subtreePrefix (GB/T 2260) in SQL: 640000 → 64, 640500 → 6405, any other code is its own prefix. */
const prefixOf = (col: string) =>
  sql<string>`CASE WHEN ${sql.ref(col)} ~ '^[0-9]{2}0000$' THEN left(${sql.ref(col)}, 2)
    WHEN ${sql.ref(col)} ~ '^[0-9]{4}00$' THEN left(${sql.ref(col)}, 4) ELSE ${sql.ref(col)} END`;

/**
 * Who is told of each alarm: the active regulators who may acknowledge it and whose data scope holds it
 * (territorial accounts by division subtree, department officers by subtree and sector — inScope read the
 * other way round) and the enterprise's own active accounts that read monitoring.
 */
export async function alarmRecipients(db: Db, alarmIds: readonly string[]) {
  if (alarmIds.length === 0) return [];
  const territorial = rolesHolding('monitoring.ack', 'division');
  const departmental = rolesHolding('monitoring.ack', 'department');
  const enterprise = rolesHolding('monitoring.read', 'enterprise');
  const rows = await sql<{ alarm_id: string; user_id: string }>`
    SELECT a.id AS alarm_id, u.id AS user_id FROM monitoring_alarm a
    JOIN app_user u ON u.status = 'active'
    LEFT JOIN department d ON d.id = u.department_id
    WHERE a.id IN (${sql.join(alarmIds.map((id) => sql`${id}::uuid`))})
      AND ((u.role_code IN (${list(territorial)}) AND u.division_code IS NOT NULL
              AND a.division_code LIKE ${prefixOf('u.division_code')} || '%')
        OR (u.role_code IN (${list(departmental)}) AND d.id IS NOT NULL
              AND a.division_code LIKE ${prefixOf('d.division_code')} || '%' AND a.sector = ANY(d.sectors))
        OR (u.role_code IN (${list(enterprise)}) AND u.enterprise_id = a.enterprise_id))
    ORDER BY a.id, u.id`.execute(db);
  return rows.rows;
}

/** What an alarm's message names: enterprise, unit, point, the reading and the threshold crossed. */
export function alarmNoticeFacts(db: Db, alarmIds: readonly string[]) {
  if (alarmIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('monitoring_alarm as a')
    .innerJoin('monitoring_point as p', 'p.id', 'a.point_id')
    .innerJoin('major_hazard_unit as u', 'u.id', 'a.unit_id')
    .innerJoin('enterprise as e', 'e.id', 'a.enterprise_id')
    .select([
      'a.id',
      'a.kind',
      'a.value',
      'a.threshold',
      'a.raised_at',
      'p.code as point_code',
      'p.name as point_name',
      'p.uom',
      'u.name as unit_name',
      'e.name as enterprise_name',
    ])
    .where('a.id', 'in', alarmIds)
    .orderBy('a.raised_at')
    .execute();
}
