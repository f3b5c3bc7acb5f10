import { REMINDER_DAYS_BEFORE, addDays, chinaDate, roles } from '@anjian/domain';
import type { AppContext } from '../../platform/app-context.ts';
import type { Job } from '../../platform/jobs/scheduler.ts';
import {
  type DeadlineWindow,
  insertDeadlineNotifications,
  insertSupervisionOverdue,
} from './hazard.repository.ts';

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
  const write = (kind: 'due_soon' | 'overdue', when: DeadlineWindow, title: string, withAssessor: boolean) =>
    insertDeadlineNotifications(ctx.db, kind, when, title, withAssessor);
  const dueSoon = await write(
    'due_soon',
    { from: today, to: soon },
    `隐患整改期限将至（${REMINDER_DAYS_BEFORE} 日内）`,
    false,
  );
  const overdue = await write('overdue', { before: today }, '隐患已逾期未销号', true);
  return { dueSoon, overdue };
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
  const escalated = await insertSupervisionOverdue(ctx.db, today, acceptorRoles);
  return { escalated };
}

export const hazardJobs: Job[] = [
  { name: 'hazards.deadline-reminders', schedule: '5 * * * *', run: remindHazardDeadlines },
  { name: 'hazards.supervision-escalation', schedule: '10 * * * *', run: escalateSupervisionOverdue },
];
