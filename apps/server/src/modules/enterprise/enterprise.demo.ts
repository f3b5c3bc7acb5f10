import crypto from 'node:crypto';
import { composeCreditCode } from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { hashPassword } from '../../platform/auth/password-hash.ts';
import { TOWNSHIPS, generateDemoEnterprises } from './enterprise.demo-data.ts';
import { systemContext } from '../../platform/access/actor.ts';

/** Writes the demo registry on an empty demo installation (one transaction, one audit row). */
export async function seedDemoEnterprises(ctx: AppContext): Promise<void> {
  const { db, config } = ctx;
  if (!config.demo || (await db.selectFrom('enterprise').select('id').limit(1).executeTakeFirst())) return;
  const demo = generateDemoEnterprises();
  // Demo accounts share the published demo password; one hash serves the extra grid members.
  const hash = JSON.stringify(await hashPassword('Anjian@2026', config.scryptCost));
  await db.transaction().execute(async (trx) => {
    const grids = await ensureGridMembers(trx, hash);
    const departments = await trx.selectFrom('department').select(['id', 'sectors']).execute();
    const rows = demo.map(({ index: _i, gridUsername, industryGap, ...e }) => ({
      ...e,
      grid_user_id: gridUsername ? (grids.get(gridUsername) ?? null) : null,
      industry_department_id: industryGap
        ? null
        : (departments.find((d) => d.sectors.includes(e.sector))?.id ?? null),
    }));
    for (let i = 0; i < rows.length; i += 250)
      await trx
        .insertInto('enterprise')
        .values(rows.slice(i, i + 250))
        .execute();
    const own =
      rows.find(
        (e) => e.division_code === '640502100' && e.sector === 'hazardous_chemicals' && e.status === 'normal',
      ) ?? rows[0];
    if (!own) return;
    await trx
      .insertInto('app_user')
      .values({
        id: crypto.randomUUID(),
        username: 'ent_user',
        display_name: `${own.name} 安全管理员`,
        role_code: 'enterprise_user',
        division_code: own.division_code,
        enterprise_id: own.id,
        password_hash: hash,
      })
      .execute();
    const agencyIds = await seedAgencies(trx, rows);
    await trx
      .insertInto('app_user')
      .values({
        id: crypto.randomUUID(),
        username: 'agency_user',
        display_name: '宁夏安泰安全技术服务有限公司 技术员',
        role_code: 'agency_user',
        division_code: '640500',
        agency_id: agencyIds[0],
        password_hash: hash,
      })
      .execute();
    await ctx.audit(trx, systemContext, {
      eventType: 'system',
      action: 'system.seed_enterprises',
      reason: 'demo',
      diff: {
        enterprises: rows.length,
        agencies: agencyIds.length,
        accounts: ['ent_user', 'agency_user', ...grids.keys()],
      },
    });
  });
}

async function ensureGridMembers(trx: Db, hash: string): Promise<Map<string, string>> {
  const wanted = TOWNSHIPS.filter((t) => t[4]).map(([code, , , , username]) => ({
    code,
    username: username as string,
  }));
  const names = new Map(
    (
      await trx
        .selectFrom('division')
        .select(['code', 'name'])
        .where(
          'code',
          'in',
          wanted.map((w) => w.code),
        )
        .execute()
    ).map((d) => [d.code, d.name]),
  );
  const existing = await trx
    .selectFrom('app_user')
    .select(['id', 'username'])
    .where(
      'username',
      'in',
      wanted.map((w) => w.username),
    )
    .execute();
  const ids = new Map(existing.map((u) => [u.username, u.id]));
  for (const w of wanted) {
    if (ids.has(w.username)) continue;
    const id = crypto.randomUUID();
    await trx
      .insertInto('app_user')
      .values({
        id,
        username: w.username,
        display_name: `${names.get(w.code) ?? w.code}网格员`,
        role_code: 'grid_member',
        division_code: w.code,
        password_hash: hash,
      })
      .execute();
    ids.set(w.username, id);
  }
  return ids;
}

async function seedAgencies(
  trx: Db,
  rows: { id: string; division_code: string; status: string }[],
): Promise<string[]> {
  const agencies = [
    {
      id: crypto.randomUUID(),
      name: '宁夏安泰安全技术服务有限公司',
      credit_code: composeCreditCode('91', '640500', 'MA76AT01'),
      division_code: '640500',
      address: '中卫市沙坡头区鼓楼东街 88 号',
      contact_person: '马卫东',
      qualifications: JSON.stringify([
        {
          kind: '安全评价机构资质',
          number: 'APJ-（宁）-021',
          level: '乙级',
          issuer: '宁夏回族自治区应急管理厅',
          expiresOn: '2026-03-31',
        },
        {
          kind: '安全生产检测检验机构资质',
          number: 'NJ-（宁）-007',
          level: null,
          issuer: '宁夏回族自治区应急管理厅',
          expiresOn: '2028-06-30',
        },
      ]),
    },
    {
      id: crypto.randomUUID(),
      name: '中卫市安信安全咨询有限公司',
      credit_code: composeCreditCode('91', '640502', 'MA76AX02'),
      division_code: '640502',
      address: '中卫市沙坡头区应理南街 16 号',
      contact_person: '李春梅',
      qualifications: JSON.stringify([
        {
          kind: '安全生产技术服务',
          number: 'ZW-AX-2023-01',
          level: null,
          issuer: '中卫市应急管理局',
          expiresOn: '2027-12-31',
        },
      ]),
    },
  ];
  await trx.insertInto('agency').values(agencies).execute();
  const staff = [
    '马卫东|高级工程师|注安师 2019-0321|化工安全',
    '丁晓东|工程师|注安师 2021-0117|矿山安全',
    '杨春梅|助理工程师|注安师 2022-0456|综合',
    '何志强|工程师|注安师 2020-0988|电气',
  ].map((s) => {
    const [name, title, certificate_no, specialty] = s.split('|') as [string, string, string, string];
    return {
      id: crypto.randomUUID(),
      agency_id: agencies[0]?.id as string,
      name,
      title,
      certificate_no,
      specialty,
    };
  });
  staff.push({
    id: crypto.randomUUID(),
    agency_id: agencies[1]?.id as string,
    name: '李春梅',
    title: '工程师',
    certificate_no: '注安师 2018-0777',
    specialty: '综合',
  });
  await trx.insertInto('agency_staff').values(staff).execute();
  const live = rows.filter((e) => e.status === 'normal');
  const pickIn = (prefix: string, n: number, skip = 0) =>
    live.filter((e) => e.division_code.startsWith(prefix)).slice(skip, skip + n);
  const contracts = [
    ...[...pickIn('640502', 10, 1), ...pickIn('640521', 10)].map((e, i) => ({
      agency: 0,
      e,
      kind: i % 3 === 0 ? ('government_purchase' as const) : ('custody' as const),
    })),
    ...pickIn('640502', 5, 20).map((e) => ({ agency: 1, e, kind: 'custody' as const })),
  ].map(({ agency, e, kind }, i) => ({
    id: crypto.randomUUID(),
    agency_id: agencies[agency]?.id as string,
    enterprise_id: e.id,
    division_code: e.division_code,
    kind,
    contract_no: `HT-2025-${String(i + 1).padStart(3, '0')}`,
    starts_on: '2025-01-01',
    ends_on: '2027-12-31',
  }));
  await trx.insertInto('agency_contract').values(contracts).execute();
  const visits = contracts.slice(0, 15).map((c, i) => ({
    id: crypto.randomUUID(),
    agency_id: c.agency_id,
    enterprise_id: c.enterprise_id,
    division_code: c.division_code,
    contract_id: c.id,
    visited_on: `2025-${String(3 + (i % 9)).padStart(2, '0')}-${String(5 + i).padStart(2, '0')}`,
    kind: ['inspection', 'training', 'consulting'][i % 3] as string,
    staff_ids: [staff[i % 4]?.id as string],
    summary: [
      '开展月度隐患排查，发现一般隐患若干，已督促整改',
      '组织全员安全培训及应急演练',
      '指导完善安全生产责任制和操作规程',
    ][i % 3] as string,
    hazards_found: i % 3 === 0 ? 1 + (i % 4) : 0,
  }));
  await trx.insertInto('agency_visit').values(visits).execute();
  return agencies.map((a) => a.id);
}
