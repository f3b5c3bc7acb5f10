import crypto from 'node:crypto';
import type { Insertable } from 'kysely';
import { type PlanItem, addDays, chinaDate, periodOf, periodsDue } from '@anjian/domain';
import { prng } from '@anjian/domain';
import type { AppContext } from '../../platform/app-context.ts';
import { majorHazardChecklists } from '../risk/index.ts';
import type { SelfInspectionPlanTable, SelfInspectionTaskTable } from './self-inspection.table.ts';
import { systemContext } from '../../platform/access/actor.ts';

const GENERAL: PlanItem[] = [
  { text: '安全出口、疏散通道畅通，应急照明和疏散指示完好', major: false },
  { text: '灭火器、消火栓配置齐全并在有效期内', major: false },
  { text: '配电箱（柜）门完好，前方绝缘垫铺设到位', major: false },
  { text: '特种作业人员持证上岗', major: false },
];
const WEEKLY: PlanItem[] = [
  { text: '动火、有限空间等危险作业票证齐全', major: false },
  { text: '可燃气体检测报警仪投用正常', major: false },
];

/**
 * Demo self-inspection (demo mode, no plans yet): a monthly plan for the demo enterprise account's
 * enterprise and up to twenty others in each county over the last six months, a weekly plan for every third; past tasks
 * mostly done on time, some late, some missed; the current period open. Deterministic (seeded PRNG).
 */
export async function seedDemoSelfInspection(ctx: AppContext, now = new Date()): Promise<void> {
  const db = ctx.db;
  if (await db.selectFrom('self_inspection_plan').select('id').limit(1).executeTakeFirst()) return;
  const own = await db
    .selectFrom('app_user')
    .select('enterprise_id')
    .where('username', '=', 'ent_user')
    .executeTakeFirst();
  // Up to twenty enterprises in each county, so that the rate by county means something.
  const all = await db
    .selectFrom('enterprise')
    .select(['id', 'division_code', 'sector'])
    .where('status', '=', 'normal')
    .orderBy('credit_code')
    .limit(2000)
    .execute();
  const perCounty = new Map<string, number>();
  const others = all.filter((e) => {
    const n = perCounty.get(e.division_code.slice(0, 6)) ?? 0;
    perCounty.set(e.division_code.slice(0, 6), n + 1);
    return n < 20;
  });
  const ownRow = own?.enterprise_id
    ? await db
        .selectFrom('enterprise')
        .select(['id', 'division_code', 'sector'])
        .where('id', '=', own.enterprise_id)
        .executeTakeFirst()
    : undefined;
  const enterprises = [...(ownRow ? [ownRow] : []), ...others.filter((e) => e.id !== ownRow?.id)];
  if (enterprises.length === 0) return;
  const chem = majorHazardChecklists()[0]!.items.slice(0, 3);
  const today = chinaDate(now);
  const random = prng(20_151_231);
  const plans: Insertable<SelfInspectionPlanTable>[] = [];
  const tasks: Insertable<SelfInspectionTaskTable>[] = [];
  const addPlan = (
    e: (typeof enterprises)[number],
    name: string,
    frequency: 'monthly' | 'weekly',
    startsOn: string,
    items: PlanItem[],
    isOwn: boolean,
  ) => {
    const id = crypto.randomUUID();
    const scope = { enterprise_id: e.id, division_code: e.division_code, sector: e.sector };
    plans.push({
      id,
      ...scope,
      name,
      frequency,
      assignee: '安全管理部',
      items: JSON.stringify(items),
      starts_on: startsOn,
    });
    for (const p of periodsDue({ frequency, startsOn, endsOn: null }, today, null)) {
      const r = random();
      const current = p.end >= today;
      // The demo account's current task stays open: that is what a visitor fills in.
      const doneOn = current
        ? isOwn || r >= 0.4
          ? null
          : today
        : r < 0.78
          ? addDays(p.end, -Math.floor(r * 5))
          : r < 0.88
            ? addDays(p.end, 1 + Math.floor(r * 4))
            : null;
      const done = doneOn && doneOn <= today ? doneOn : null;
      tasks.push({
        id: crypto.randomUUID(),
        plan_id: id,
        ...scope,
        period_key: p.key,
        period_start: p.start,
        period_end: p.end,
        done_at: done ? new Date(`${done}T02:00:00Z`) : null,
        done_on: done,
        done_by_name: done ? '演示数据' : null,
        results: done
          ? JSON.stringify(
              items.map((it, index) => ({ ...it, index, ok: true, comment: null, hazardId: null })),
            )
          : null,
      });
    }
  };
  let monthly = periodOf('monthly', today);
  for (let i = 0; i < 5; i += 1) monthly = periodOf('monthly', addDays(monthly.start, -1));
  const weekly = periodOf('weekly', addDays(today, -7 * 7)).start;
  enterprises.forEach((e, i) => {
    const items = e.sector === 'hazardous_chemicals' ? [...GENERAL, ...chem] : GENERAL;
    addPlan(e, '月度综合安全检查', 'monthly', monthly.start, items, i === 0 && !!ownRow);
    if (i % 3 === 0) addPlan(e, '每周重点部位检查', 'weekly', weekly, WEEKLY, i === 0 && !!ownRow);
  });
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('self_inspection_plan').values(plans).execute();
    for (let i = 0; i < tasks.length; i += 500)
      await trx
        .insertInto('self_inspection_task')
        .values(tasks.slice(i, i + 500))
        .execute();
    await ctx.audit(trx, systemContext, {
      eventType: 'system',
      action: 'system.seed_self_inspection',
      reason: 'demo',
      diff: { plans: plans.length, tasks: tasks.length },
    });
  });
}
