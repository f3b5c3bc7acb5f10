import crypto from 'node:crypto';
import type { Insertable } from 'kysely';
import { type HazardSource, addDays } from '@anjian/domain';
import { prng } from '@anjian/domain';
import type { AppContext } from '../../platform/app-context.ts';
import { insertDemoHazards } from './hazard.demo.ts';
import type { HazardEventTable, HazardTable } from './hazard.table.ts';

/**
 * The seed plan's record of 2011–2015 (十二五): “全市 511 家工矿企业上线运行，查报各类事故隐患 10678 条”.
 * The plan gives only the total; the split by year is ours (steady growth as enterprises came on line).
 */
export const HAZARD_HISTORY = {
  enterprises: 511,
  byYear: { 2011: 1432, 2012: 1796, 2013: 2105, 2014: 2456, 2015: 2889 } as Record<number, number>,
} as const;

const ITEMS = [
  ['生产车间', '安全通道被物料占用'],
  ['配电室', '配电柜前未铺设绝缘垫'],
  ['消防设施', '灭火器压力不足'],
  ['特种设备', '起重机限位器失灵'],
  ['有限空间', '未设置警示标识'],
  ['危化品仓库', '通风设施损坏'],
  ['电石炉', '冷却水管路渗漏'],
  ['作业现场', '作业人员未佩戴安全帽'],
] as const;
const SOURCES: [HazardSource, number][] = [
  ['企业自查', 0.62],
  ['执法检查', 0.2],
  ['网格巡查', 0.1],
  ['第三方', 0.05],
  ['群众举报', 0.03],
];

/**
 * The hazard history of 2011–2015 (demo mode with history, no hazard before 2016 yet): all closed
 * (销号), each with its report and acceptance events; nearly all closed within their deadline. One
 * transaction, one audit row; deterministic.
 */
export async function seedDemoHazardHistory(ctx: AppContext): Promise<void> {
  const { db } = ctx;
  const before2016 = new Date('2016-01-01T00:00:00+08:00');
  if (
    await db
      .selectFrom('hazard')
      .select('id')
      .where('reported_at', '<', before2016)
      .limit(1)
      .executeTakeFirst()
  )
    return;
  const enterprises = await db
    .selectFrom('enterprise')
    .select(['id', 'division_code', 'sector'])
    .where('status', '=', 'normal')
    .orderBy('credit_code')
    .limit(HAZARD_HISTORY.enterprises)
    .execute();
  if (enterprises.length === 0) return;
  const r = prng(20151231);
  const pickSource = () => {
    let x = r();
    for (const [s, p] of SOURCES) if ((x -= p) < 0) return s;
    return SOURCES[0]![0];
  };
  const hazards: Insertable<HazardTable>[] = [];
  const events: Insertable<HazardEventTable>[] = [];
  for (const [year, count] of Object.entries(HAZARD_HISTORY.byYear)) {
    for (let i = 0; i < count; i++) {
      const e = enterprises[Math.floor(r() * enterprises.length)]!;
      const [location, description] = ITEMS[Math.floor(r() * ITEMS.length)]!;
      const day = addDays(`${year}-01-01`, Math.floor(r() * 365));
      const reportedAt = new Date(`${day}T09:00:00+08:00`);
      const major = r() < 0.01;
      const deadline = addDays(day, major ? 60 : 7 + Math.floor(r() * 24));
      const closedOn = addDays(deadline, r() < 0.95 ? -Math.floor(r() * 5) : 1 + Math.floor(r() * 10));
      const acceptedAt = new Date(`${closedOn}T16:00:00+08:00`);
      const id = crypto.randomUUID();
      hazards.push({
        id,
        enterprise_id: e.id,
        division_code: e.division_code,
        sector: e.sector,
        source: pickSource(),
        location,
        description,
        level: major ? '重大' : '一般',
        status: 'accepted',
        deadline,
        found_at: reportedAt,
        reported_at: reportedAt,
        assessed_at: reportedAt,
        accepted_at: acceptedAt,
        updated_at: acceptedAt,
      });
      const event = {
        hazard_id: id,
        division_code: e.division_code,
        username: '历史台账',
        display_name: '历史台账',
      };
      events.push(
        {
          ...event,
          action: 'report',
          from_status: null,
          to_status: 'reported',
          comment: description,
          at: reportedAt,
        },
        {
          ...event,
          action: 'accept',
          from_status: 'acceptance_requested',
          to_status: 'accepted',
          comment: '整改完成，验收销号',
          at: acceptedAt,
        },
      );
    }
  }
  await insertDemoHazards(ctx, hazards, events, 'system.seed_hazard_history');
}
