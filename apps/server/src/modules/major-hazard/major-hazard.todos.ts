import { type MajorHazardGap, chinaDate } from '@anjian/domain';
import type { Actor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import type { TodoSource } from '../../platform/module.ts';
import { countUnits } from './major-hazard.repository.ts';

/** The worklist's link and count from one filter, so the number equals the list it opens. */
const listed = (gap: MajorHazardGap) => ({
  link: `/major-hazard/units?gap=${gap}`,
  count: (ctx: AppContext, actor: Actor, now: Date) => countUnits(ctx.db, actor, { gap }, chinaDate(now)),
});

/**
 * 重大危险源 gaps (工作台): a source without its three 包保责任人, an evaluation missing or overdue, a 包保 duty
 * task ended and not done.
 */
export const majorHazardTodos: readonly TodoSource[] = [
  {
    key: 'major_hazard.guarantor-missing',
    label: '包保责任人未明确的重大危险源',
    permission: 'majorhazard.read',
    ...listed('guarantor'),
    order: 30,
  },
  {
    key: 'major_hazard.evaluation-due',
    label: '安全评估超期或需重新评估的重大危险源',
    permission: 'majorhazard.read',
    ...listed('evaluation'),
    order: 31,
  },
  {
    key: 'major_hazard.duty-overdue',
    label: '包保履职任务逾期未完成的重大危险源',
    permission: 'majorhazard.write',
    ...listed('duty'),
    order: 32,
  },
];
