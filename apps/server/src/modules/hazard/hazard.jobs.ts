import { sql } from 'kysely';
import { REMINDER_DAYS_BEFORE, addDays, chinaDate, roles } from '@anjian/domain';
import type { AppContext } from '../../platform/app-context.ts';
import type { Job } from '../../platform/jobs/scheduler.ts';

/**
 * Deadline reminders (PRODUCT.md module 3: overdue hazards are flagged and escalate). Writes in-app
 * notifications for the people responsible — the enterprise's accounts, its grid member and, when
 * overdue, the regulator who assessed it — `REMINDER_DAYS_BEFORE` days before the deadline and once it
 * has passed. Idempotent: one notification per (hazard, kind, user) by a unique key, so a rerun or a
 * restart writes nothing new. Overdue itself stays derived from the deadline; nothing is flagged.
 */
export async function remindHazardDeadlines(
  ctx: AppContext,
  now: Date,
): Promise<{ dueSoon: number; overdue: number }> {
  const today = chinaDate(now);
  const soon = addDays(today, REMINDER_DAYS_BEFORE);
  const write = (
    kind: 'due_soon' | 'overdue',
    when: ReturnType<typeof sql>,
    title: string,
    withAssessor: boolean,
  ) =>
    sql<{ id: string }>`
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
      WHERE h.status <> 'accepted' AND h.deadline IS NOT NULL AND ${when}
      ON CONFLICT (hazard_id, kind, user_id) WHERE event_id IS NULL DO NOTHING
      RETURNING id`.execute(ctx.db);
  const dueSoon = await write(
    'due_soon',
    sql`h.deadline >= ${today}::date AND h.deadline <= ${soon}::date`,
    `隐患整改期限将至（${REMINDER_DAYS_BEFORE} 日内）`,
    false,
  );
  const overdue = await write('overdue', sql`h.deadline < ${today}::date`, '隐患已逾期未销号', true);
  return { dueSoon: dueSoon.rows.length, overdue: overdue.rows.length };
}

/** Roles whose holders may accept (销号) a hazard: the listing authority's regulators. */
const acceptorRoles = roles
  .filter((r) => (r.permissions as readonly string[]).includes('hazard.accept'))
  .map((r) => r.code);

/**
 * 挂牌督办 escalation: once the listing authority's own 督办 deadline (`supervision_deadline`) has passed
 * on a 重大隐患 that is still open, every active user of that authority's division holding `hazard.accept`
 * gets a `supervision_overdue` notification. Idempotent by the same (hazard, kind, user) key as the
 * reminders; the deadline stays the source of truth, nothing is flagged on the hazard.
 */
export async function escalateSupervisionOverdue(ctx: AppContext, now: Date): Promise<{ escalated: number }> {
  if (acceptorRoles.length === 0) return { escalated: 0 };
  const today = chinaDate(now);
  const rows = await sql<{ id: string }>`
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
    RETURNING id`.execute(ctx.db);
  return { escalated: rows.rows.length };
}

export const hazardJobs: Job[] = [
  { name: 'hazards.deadline-reminders', schedule: '5 * * * *', run: remindHazardDeadlines },
  { name: 'hazards.supervision-escalation', schedule: '10 * * * *', run: escalateSupervisionOverdue },
];
