import crypto from 'node:crypto';
import { type HazardSource, type HazardStatus, addDays, chinaDate, hazardStatuses } from '@anjian/domain';
import type { Insertable } from 'kysely';
import { prng } from '@anjian/domain';
import type { AppContext } from '../../platform/app-context.ts';
import type { HazardEventTable, HazardTable } from './hazard.table.ts';
import { systemContext } from '../../platform/access/actor.ts';

const DESCRIPTIONS = [
  ['储罐区', '可燃气体检测报警仪未投用'],
  ['配电室', '配电柜前未铺设绝缘垫'],
  ['车间通道', '安全通道被物料占用'],
  ['有限空间', '有限空间作业未执行先通风、再检测、后作业'],
  ['除尘系统', '除尘器未设置泄爆装置'],
  ['动火作业点', '动火作业票证审批不全'],
  ['液氨车间', '液氨管道阀门锈蚀'],
  ['消防设施', '灭火器过期未检'],
  ['特种设备', '叉车未定期检验'],
  ['仓库', '危险化学品混放混存'],
] as const;
const SOURCES: HazardSource[] = [
  '企业自查',
  '企业自查',
  '企业自查',
  '网格巡查',
  '执法检查',
  '第三方',
  '群众举报',
];

/**
 * A modest demo set (demo mode, empty hazard table, with the demo enterprises): `count` hazards over the
 * last year on the normal demo enterprises, in every state, some overdue, a few 重大 挂牌督办 by the
 * county, each with its event history. One transaction, one audit row. The seed plan's 2011–2015
 * volume (10 678 hazards from 511 enterprises) is hazard-history.demo.ts.
 */
export async function seedDemoHazards(ctx: AppContext, count = 120, now = new Date()): Promise<void> {
  const { db } = ctx;
  if (await db.selectFrom('hazard').select('id').limit(1).executeTakeFirst()) return;
  const enterprises = await db
    .selectFrom('enterprise')
    .select(['id', 'division_code', 'sector'])
    .where('status', '=', 'normal')
    .orderBy('credit_code')
    .execute();
  if (enterprises.length === 0) return;
  const users = new Map(
    (await db.selectFrom('app_user').select(['username', 'id', 'display_name', 'role_code']).execute()).map(
      (u) => [u.username, u],
    ),
  );
  const regulatorOf = (division: string) =>
    users.get(
      { '640502': 'spt_admin', '640521': 'zn_admin', '640522': 'hy_admin' }[division.slice(0, 6)] ??
        'city_admin',
    );
  const r = prng(20260401);
  const today = chinaDate(now);
  const hazards: Insertable<HazardTable>[] = [];
  const events: Insertable<HazardEventTable>[] = [];
  for (let i = 0; i < count; i++) {
    const e = enterprises[Math.floor(r() * enterprises.length)]!;
    const [location, description] = DESCRIPTIONS[i % DESCRIPTIONS.length]!;
    const daysAgo = Math.floor(r() * 360);
    const reportedAt = new Date(now.getTime() - daysAgo * 86_400_000);
    const status: HazardStatus =
      daysAgo > 60 && r() < 0.85 ? 'accepted' : hazardStatuses[Math.floor(r() * 5)]!;
    const major = r() < 0.05;
    const deadline =
      status === 'reported' ? null : addDays(chinaDate(reportedAt), major ? 60 : 7 + Math.floor(r() * 30));
    const regulator = regulatorOf(e.division_code);
    const id = crypto.randomUUID();
    hazards.push({
      id,
      enterprise_id: e.id,
      division_code: e.division_code,
      sector: e.sector,
      source: SOURCES[Math.floor(r() * SOURCES.length)]!,
      location,
      description,
      level: major ? ('重大' as const) : ('一般' as const),
      status,
      deadline,
      plan:
        major && status !== 'reported' && status !== 'assessed'
          ? JSON.stringify({
              responsiblePerson: '企业主要负责人',
              measures: description.replace('未', '落实'),
              funds: 20,
              deadline,
              contingencyPlan: '停用相关区域并设置警戒',
            })
          : null,
      listed_by_division: major && deadline ? e.division_code.slice(0, 6) : null,
      listed_by_name: major && deadline ? (regulator?.display_name ?? null) : null,
      supervision_deadline: major && deadline ? addDays(deadline, -10) : null,
      found_at: reportedAt,
      reported_at: reportedAt,
      assessed_by: deadline ? (regulator?.id ?? null) : null,
      assessed_at: deadline ? reportedAt : null,
      accepted_by: status === 'accepted' ? (regulator?.id ?? null) : null,
      accepted_at:
        status === 'accepted'
          ? new Date(
              Math.min(
                now.getTime(),
                Date.parse(`${deadline ?? today}T10:00:00+08:00`) -
                  Math.floor(r() * 5) * 86_400_000 +
                  (r() < 0.1 ? 5 * 86_400_000 : 0),
              ),
            )
          : null,
    });
    const path: HazardStatus[] = hazardStatuses.slice(0, hazardStatuses.indexOf(status) + 1);
    const actions = ['report', 'assess', 'start_rectification', 'request_acceptance', 'accept'];
    path.forEach((to, k) =>
      events.push({
        hazard_id: id,
        division_code: e.division_code,
        action: actions[k]!,
        from_status: k === 0 ? null : path[k - 1]!,
        to_status: to,
        user_id: k === 1 || k === 4 ? (regulator?.id ?? null) : null,
        username: k === 1 || k === 4 ? (regulator?.username ?? null) : '演示数据',
        display_name: k === 1 || k === 4 ? (regulator?.display_name ?? null) : '演示数据',
        comment: k === 0 ? description : null,
        at: new Date(reportedAt.getTime() + k * 86_400_000),
      }),
    );
  }
  await insertDemoHazards(ctx, hazards, events, 'system.seed_hazards');
}

/** Demo hazards with their events in one transaction with one audit row: none without its history. */
export async function insertDemoHazards(
  ctx: AppContext,
  hazards: Insertable<HazardTable>[],
  events: Insertable<HazardEventTable>[],
  action: string,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    for (let i = 0; i < hazards.length; i += 500)
      await trx
        .insertInto('hazard')
        .values(hazards.slice(i, i + 500))
        .execute();
    for (let i = 0; i < events.length; i += 1000)
      await trx
        .insertInto('hazard_event')
        .values(events.slice(i, i + 1000))
        .execute();
    await ctx.audit(trx, systemContext, {
      eventType: 'system',
      action,
      reason: 'demo',
      diff: { hazards: hazards.length },
    });
  });
}
