import { type HazardFilter, chinaDate } from '@anjian/domain';
import type { Actor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import type { TodoSource } from '../../platform/module.ts';
import { countHazards, latestOpenRejection } from './hazard.repository.ts';

/** Counts with the list's own filter, so the number equals the list its link opens. */
const counted =
  (filter: HazardFilter) =>
  async (ctx: AppContext, actor: Actor, now: Date): Promise<number> => {
    return countHazards(ctx.db, actor, filter, chinaDate(now));
  };

/** The hazard list under one filter: its link and its count, derived from the same filter. */
const listed = (filter: HazardFilter & Record<string, string>) => ({
  link: `/hazards?${new URLSearchParams(filter).toString()}`,
  count: counted(filter),
});

/** The hazard loop's to-dos (工作台): whoever must take the next step sees it counted. */
export const hazardTodos: readonly TodoSource[] = [
  {
    key: 'hazard.report',
    label: '上报隐患',
    permission: 'hazard.report',
    link: '/hazards/report',
    order: 1,
  },
  {
    key: 'hazard.to-assess',
    label: '待评估定级的隐患',
    permission: 'hazard.assess',
    ...listed({ status: 'reported' }),
    order: 10,
  },
  {
    key: 'hazard.to-accept',
    label: '待验收的隐患',
    permission: 'hazard.accept',
    ...listed({ status: 'acceptance_requested' }),
    order: 11,
  },
  {
    key: 'hazard.overdue',
    label: '已逾期未销号的隐患',
    permission: ['hazard.assess', 'hazard.rectify'],
    ...listed({ overdue: 'true' }),
    order: 12,
  },
  {
    key: 'hazard.to-rectify',
    label: '待整改的隐患（已交办）',
    permission: 'hazard.rectify',
    ...listed({ status: 'assessed' }),
    order: 5,
  },
  {
    key: 'hazard.rectifying',
    label: '整改中的隐患（含验收不通过）',
    permission: 'hazard.rectify',
    ...listed({ status: 'rectifying' }),
    order: 6,
    // The reason of the latest 验收不通过 still to be dealt with, shown on the enterprise's phone card.
    detail: async (ctx, actor) => {
      const row = await latestOpenRejection(ctx.db, actor);
      return row?.comment ? `最近一次验收不通过（${row.location}）：${row.comment}` : null;
    },
  },
];
