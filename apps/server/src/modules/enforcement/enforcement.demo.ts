import { addCalendarDays, chinaDate } from '@anjian/domain';
import type { Actor, RequestContext } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import * as cases from './case.service.ts';
import * as penalties from './case-penalty.service.ts';
import * as plans from './plan.service.ts';
import * as repo from './enforcement.repository.ts';

/**
 * Demo 执法 data, dated back from today so its clocks show every state: 执法人员 of 沙坡头区 and 中宁县 (one
 * linked to each office's demo account), a 2026 inspection plan with a published draw, and cases from 立案
 * to 结案 — one past its 90 days, one waiting for a hearing request, one with an unpaid fine. Names and
 * figures are invented; the fines lie in the statute's ranges.
 */
export async function seedDemoEnforcement(ctx: AppContext) {
  if (await repo.anyCase(ctx.db)) return;
  const spt = await actorOf(ctx, 'spt_admin');
  const zn = await actorOf(ctx, 'zn_admin');
  const city = await actorOf(ctx, 'city_admin');
  if (!spt || !zn || !city) return;
  const sptEnterprises = await repo.demoEnterprises(ctx.db, '640502', 8);
  const znEnterprises = await repo.demoEnterprises(ctx.db, '640521', 2);
  if (sptEnterprises.length < 5 || znEnterprises.length < 1) return;

  const officer = (
    rc: RequestContext,
    name: string,
    certNo: string,
    userId?: string,
    conflicts: string[] = [],
  ) => plans.createOfficer(ctx, rc, { name, certNo, userId, conflictEnterpriseIds: conflicts });
  const a = await officer(spt.rc, '马建国', '64050201001', spt.actor.userId);
  const b = await officer(spt.rc, '李娟', '64050201002');
  await officer(spt.rc, '王海涛', '64050201003', undefined, [sptEnterprises[0]!.id]);
  await officer(spt.rc, '张宁', '64050201004');
  const c = await officer(zn.rc, '杨帆', '64052101001', zn.actor.userId);
  const d = await officer(zn.rc, '赵敏', '64052101002');

  const today = chinaDate(new Date());
  const ago = (n: number) => addCalendarDays(today, -n);
  const investigators = [a.id, b.id];
  const file = (
    rc: RequestContext,
    enterpriseId: string,
    title: string,
    filedDaysAgo: number,
    ids = investigators,
    major = false,
  ) =>
    cases.createCase(ctx, rc, {
      enterpriseId,
      title,
      source: 'inspection',
      filedOn: ago(filedDaysAgo),
      major,
      investigatorIds: ids,
    });
  const step = (
    rc: RequestContext,
    id: string,
    s: string,
    daysAgo: number,
    extra: Record<string, unknown> = {},
  ) => cases.takeStep(ctx, rc, id, { step: s, on: ago(daysAgo), ...extra });
  const fine = (id: string, fineId: string, value: number) =>
    penalties.proposePenalty(ctx, spt.rc, id, { fineId, value });

  // 1. Past its 90 days without a decision: listed as a breach.
  const late = await file(spt.rc, sptEnterprises[0]!.id, '未按规定对从业人员进行安全生产教育和培训', 120);
  await step(spt.rc, late.id, 'investigate', 118);

  // 2. Just filed.
  await file(spt.rc, sptEnterprises[1]!.id, '未在有较大危险因素的场所设置明显的安全警示标志', 3);

  // 3. Told of the proposed fine and of the right to a hearing two days ago.
  const told = await file(spt.rc, sptEnterprises[2]!.id, '安全设备未经常性维护、保养', 40);
  await step(spt.rc, told.id, 'investigate', 39);
  await step(spt.rc, told.id, 'concludeInvestigation', 10);
  await fine(told.id, '99-1', 30000);
  await step(spt.rc, told.id, 'notify', 2, { hearingOffered: true });

  // 4. Decided and served by mail, the fine unpaid past its 15 days: 加处罚款 accrues.
  const unpaid = await file(spt.rc, sptEnterprises[3]!.id, '未采取措施消除事故隐患', 95);
  await step(spt.rc, unpaid.id, 'investigate', 94);
  await step(spt.rc, unpaid.id, 'concludeInvestigation', 60);
  await fine(unpaid.id, '102-1', 40000);
  await step(spt.rc, unpaid.id, 'notify', 55, { hearingOffered: false });
  await step(spt.rc, unpaid.id, 'decide', 45, { handedOver: false });
  await step(spt.rc, unpaid.id, 'serve', 42, { serviceMethod: 'mail' });

  // 5. A major case through 法制审核 (by the city, not an investigator) to 结案.
  const closed = await file(
    spt.rc,
    sptEnterprises[4]!.id,
    '重大危险源未登记建档、未进行定期检测评估',
    80,
    investigators,
    true,
  );
  await step(spt.rc, closed.id, 'investigate', 79);
  await step(spt.rc, closed.id, 'concludeInvestigation', 50);
  await fine(closed.id, '101-1', 80000);
  await step(spt.rc, closed.id, 'requestLegalReview', 48);
  await step(city.rc, closed.id, 'approveLegalReview', 46);
  await step(spt.rc, closed.id, 'notify', 45, { hearingOffered: false });
  await step(spt.rc, closed.id, 'decide', 35, { handedOver: true });
  await step(spt.rc, closed.id, 'serve', 35, { serviceMethod: 'direct' });
  await step(spt.rc, closed.id, 'execute', 30, { paidOn: ago(30) });
  await step(spt.rc, closed.id, 'close', 28);

  // 6. 中宁县's own case (another county does not see it).
  const other = await cases.createCase(ctx, zn.rc, {
    enterpriseId: znEnterprises[0]!.id,
    title: '特种作业人员未按照规定经专门的安全作业培训并取得相应资格上岗作业',
    source: 'complaint',
    filedOn: ago(10),
    major: false,
    investigatorIds: [c.id, d.id],
  });
  await step(zn.rc, other.id, 'investigate', 9);

  // The 2026 plan of 沙坡头区 with one published draw.
  const year = Number(today.slice(0, 4));
  const plan = await plans.createPlan(ctx, spt.rc, {
    year,
    title: `沙坡头区应急管理局${year}年度监督检查计划`,
    frequency: { red: 4, orange: 2, yellow: 1, blue: 1 },
    monthlyPlanned: [4, 2, 6, 6, 6, 6, 6, 6, 6, 6, 6, 4],
    keyEnterpriseIds: sptEnterprises.slice(0, 2).map((e) => e.id),
  });
  await plans.drawForPlan(ctx, spt.rc, plan.id, {
    seed: '0123456789abcdeffedcba9876543210',
    month: Number(today.slice(5, 7)),
    targetCount: 3,
    inspectorsPerTarget: 2,
  });
}

async function actorOf(
  ctx: AppContext,
  username: string,
): Promise<{ actor: Actor; rc: RequestContext } | null> {
  const u = await repo.demoUser(ctx.db, username);
  if (!u) return null;
  const actor: Actor = {
    userId: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role_code as Actor['role'],
    divisionCode: u.division_code,
    departmentId: null,
    sectors: [],
    enterpriseId: null,
  };
  return { actor, rc: { actor, ip: null, userAgent: null, requestId: 'demo-seed' } };
}
