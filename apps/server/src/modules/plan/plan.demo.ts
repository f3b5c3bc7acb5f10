import crypto from 'node:crypto';
import type { AppContext } from '../../platform/app-context.ts';
import { type RequestContext, systemContext } from '../../platform/access/actor.ts';
import { decomposePlan } from './plan.service.ts';

type Row = [
  key: string,
  baseline: number,
  target: number,
  statedDrop: number | null,
  statedAnnualDrop: number | null,
  note?: string,
];

/** The seed plan's 十二五规划指标完成情况 table: 2010 base, 2015 targets, planned falls (as printed). */
export const plan12: Row[] = [
  ['gdp_death_rate', 0.437, 0.35, 20, 4],
  ['industry_trade_death_rate', 5.212, 4.68, 10, 2.1],
  ['road_death_rate', 4.2, 3.78, 10, 2.15],
  ['coal_death_rate', 15.22, 13.7, 10, 2.1],
  ['special_equipment_death_rate', 0, 0, null, null],
  ['fire_death_rate', 0, 0, null, null],
  ['deaths', 74, 66, 10.8, 2.16],
  ['industry_trade_deaths', 5, 5, null, null, '≤'],
  ['larger_accidents', 3, 3, null, null, '≤'],
  ['coal_deaths', 5, 5, null, null, '≤'],
  ['metal_mine_deaths', 0, 0, null, null],
  ['hazardous_chemicals_deaths', 3, 3, null, null, '≤'],
  ['fireworks_deaths', 0, 0, null, null],
  ['construction_deaths', 3, 3, null, null, '≤'],
  ['fire_deaths', 0, 0, null, null],
  ['road_deaths', 58, 50, 13.8, 2.76],
  ['water_traffic_deaths', 0, 0, null, null],
  ['agricultural_machinery_deaths', 0, 0, null, null],
];

/** The seed plan's 十三五时期安全生产主要指标 table: 十二五 averages, 2020 targets, planned falls. */
export const plan13: Row[] = [
  ['accidents', 221, 199, 10, null],
  ['deaths', 62, 56, 10, null],
  ['larger_accidents', 2, 2, null, null],
  ['larger_accident_deaths', 6.8, 6, 10, null],
  ['gdp_death_rate', 0.225, 0.142, 36.84, null],
  ['industry_trade_death_rate', 3.292, 3, 18.99, null],
  ['road_death_rate', 3.04, 2.857, 6, null],
  ['coal_death_rate', 0, 0.058, null, null],
];

/** The seed runs as the city office (an internal actor, not an account), so its writes are scoped and audited. */
const cityOffice = (region: string): RequestContext => ({
  actor: {
    userId: '00000000-0000-4000-8000-000000000000',
    username: 'system',
    displayName: '演示数据',
    role: 'city_supervisor',
    divisionCode: region,
    departmentId: null,
    sectors: [],
    enterpriseId: null,
  },
  ip: null,
  userAgent: null,
  requestId: 'seed',
});

/**
 * Demo plans (demo mode, empty install): the 十二五 and 十三五 plans of the seed with their targets, and —
 * with the demo accidents (seeded before, by the accident module) to compute county baselines — the
 * 十三五 targets decomposed to the counties.
 */
export async function seedDemoPlans(ctx: AppContext): Promise<void> {
  const region = ctx.config.region;
  if (region !== '640500') return; // the demo figures are Zhongwei's
  if (await ctx.db.selectFrom('plan_period').select('id').limit(1).executeTakeFirst()) return;
  const plans = [
    { name: '十二五', start: 2011, end: 2015, from: 2010, to: 2010, label: '2010年', rows: plan12 },
    { name: '十三五', start: 2016, end: 2020, from: 2011, to: 2015, label: '十二五平均数', rows: plan13 },
  ];
  const ids: string[] = [];
  await ctx.db.transaction().execute(async (trx) => {
    for (const p of plans) {
      const id = crypto.randomUUID();
      ids.push(id);
      await trx
        .insertInto('plan_period')
        .values({
          id,
          division_code: region,
          name: p.name,
          start_year: p.start,
          end_year: p.end,
          baseline_from: p.from,
          baseline_to: p.to,
          baseline_label: p.label,
        })
        .execute();
      await trx
        .insertInto('plan_target')
        .values(
          p.rows.map(([key, baseline, target, statedDrop, statedAnnualDrop, note]) => ({
            id: crypto.randomUUID(),
            plan_id: id,
            division_code: region,
            indicator_key: key,
            baseline,
            target,
            stated_drop: statedDrop,
            stated_annual_drop: statedAnnualDrop,
            note: note ?? null,
            decomposed_from: null,
          })),
        )
        .execute();
    }
    await ctx.audit(trx, systemContext, {
      eventType: 'system',
      action: 'system.seed',
      reason: 'demo plans',
      diff: { plans: plans.map((p) => p.name) },
    });
  });
  if (ctx.config.demoAccidents)
    await decomposePlan(ctx, cityOffice(region), ids[1] as string, { divisionCode: region });
}
