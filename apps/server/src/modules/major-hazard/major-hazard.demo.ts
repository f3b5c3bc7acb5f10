import crypto from 'node:crypto';
import { type MajorHazardUnitInput, addDays, assessMajorHazard, chinaDate } from '@anjian/domain';
import { generateDutyTasks } from './major-hazard.jobs.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { majorHazardTables } from './major-hazard.tables.ts';

/**
 * Plausible units of 中卫工业园区's chemical plants (电石, 氯碱, 煤化工): figures invented for the demo,
 * chosen so that each level of 表6 and a non-major unit occur.
 */
const demoUnits: MajorHazardUnitInput[][] = [
  [
    // 氯碱: the liquid chlorine tank farm → 一级 (S 20, R 160)
    { kind: 'storage', name: '液氯储罐区', exposedPeople: 120, chemicals: [{ name: '氯', q: 100 }] },
    // 氯碱: HCl synthesis → 四级
    {
      kind: 'production',
      name: '氯化氢合成装置',
      exposedPeople: 40,
      chemicals: [{ name: '氯化氢（无水）', q: 30 }],
    },
  ],
  [
    // 煤化工: ammonia and methanol
    { kind: 'storage', name: '液氨球罐区', exposedPeople: 60, chemicals: [{ name: '氨', q: 150 }] },
    {
      kind: 'storage',
      name: '甲醇罐区',
      exposedPeople: 40,
      chemicals: [{ name: '甲醇', q: 3000, symbol: 'W5.3' }],
    },
  ],
  [
    // 电石 with a chlor-alkali line: a mixed store → 二级 (S 10, R 60)
    {
      kind: 'storage',
      name: '液氯液氨联合库区',
      exposedPeople: 120,
      chemicals: [
        { name: '氯', q: 25 },
        { name: '氨', q: 50 },
      ],
    },
    { kind: 'production', name: '冷冻站', exposedPeople: 10, chemicals: [{ name: '氨', q: 12 }] },
    // below the threshold: not a major hazard source
    { kind: 'storage', name: '钢瓶氯暂存间', exposedPeople: 5, chemicals: [{ name: '氯', q: 2 }] },
  ],
];

export async function seedDemoMajorHazard(ctx: AppContext) {
  if (await ctx.db.selectFrom('major_hazard_unit').select('id').limit(1).executeTakeFirst()) return;
  const enterprises = await ctx.db
    .selectFrom('enterprise')
    .select(['id', 'division_code', 'sector'])
    .where('sector', '=', 'hazardous_chemicals')
    .where('status', '=', 'normal')
    .where('division_code', 'like', '640502%') // 中卫工业园区 lies in 沙坡头区
    .orderBy('id')
    .limit(demoUnits.length)
    .execute();
  const tables = await majorHazardTables(ctx.db);
  const today = chinaDate(new Date());
  await ctx.db.transaction().execute(async (trx) => {
    for (const [i, e] of enterprises.entries()) {
      for (const [j, input] of demoUnits[i]!.entries()) {
        const r = assessMajorHazard(tables, input);
        const id = crypto.randomUUID();
        await trx
          .insertInto('major_hazard_unit')
          .values({
            id,
            enterprise_id: e.id,
            division_code: e.division_code,
            sector: e.sector,
            kind: input.kind,
            name: input.name,
            exposed_people: input.exposedPeople,
            chemicals: JSON.stringify(input.chemicals),
            s_exact: r.exact.S,
            r_exact: r.exact.R,
            s_value: r.S,
            r_value: r.R,
            is_major: r.isMajor,
            level: r.level,
            tables_version: r.tablesVersion,
            tables_revision: r.tablesRevision,
            revision: 1,
            created_by: null,
          })
          .execute();
        await trx
          .insertInto('major_hazard_assessment')
          .values({
            unit_id: id,
            division_code: e.division_code,
            revision: 1,
            exposed_people: input.exposedPeople,
            chemicals: JSON.stringify(input.chemicals),
            result: JSON.stringify(r),
            tables_version: r.tablesVersion,
            tables_revision: r.tablesRevision,
            assessed_by: null,
          })
          .execute();
        if (r.isMajor) await seedRegistration(trx, id, e.division_code, i, j, today);
      }
    }
    // The year's 包保 duty tasks, completed by the checks above (the job then continues from the newest).
    await generateDutyTasks(trx, today, { from: `${today.slice(0, 4)}-01-01` });
  });
}

/**
 * 备案 and 包保 of the demo's sources, so that the worklists have something: the first enterprise's sources
 * are registered with all three persons and a year of duty checks; the second's lack an 操作负责人 and
 * their 安全评估 is four years old (overdue); the third's are not yet registered. Names invented.
 */
async function seedRegistration(
  trx: AppContext['db'],
  unitId: string,
  divisionCode: string,
  enterprise: number,
  unit: number,
  today: string,
) {
  if (enterprise > 1) return;
  const year = Number(today.slice(0, 4));
  const evaluatedOn = `${enterprise === 0 ? year - 1 : year - 4}-03-15`;
  await trx
    .insertInto('major_hazard_registration')
    .values({
      unit_id: unitId,
      division_code: divisionCode,
      record_no: `ZW-BA-${year - 1}-${String(enterprise * 10 + unit + 1).padStart(3, '0')}`,
      registered_on: `${year - 1}-04-01`,
      evaluated_on: evaluatedOn,
      evaluated_revision: 1,
      updated_by: null,
    })
    .execute();
  const people = [
    { role: 'principal', name: enterprise === 0 ? '马建国' : '杨立新', title: '总经理' },
    { role: 'technical', name: enterprise === 0 ? '周文涛' : '何志远', title: '技术总监' },
    ...(enterprise === 0 ? [{ role: 'operational', name: '丁海波', title: '罐区班长' }] : []),
  ];
  await trx
    .insertInto('major_hazard_guarantor')
    .values(people.map((p) => ({ ...p, unit_id: unitId, division_code: divisionCode, phone: null })))
    .execute();
  // Checks since 1 January: the 操作负责人 most weeks, the 技术负责人 each quarter, one quarter missed.
  const checks: { role: string; performed_on: string }[] = [];
  for (let d = `${year}-01-02`, k = 0; d <= today; d = addDays(d, 7), k++)
    if (enterprise === 0 && k % 5 !== 4) checks.push({ role: 'operational', performed_on: d });
  for (const m of ['01', '04', '07', '10']) {
    const d = `${year}-${m}-10`;
    if (d <= today && m !== '07') checks.push({ role: 'technical', performed_on: d });
    if (d <= today && m !== '04') checks.push({ role: 'principal', performed_on: addDays(d, 5) });
  }
  const valid = checks.filter((c) => c.performed_on <= today);
  if (valid.length)
    await trx
      .insertInto('major_hazard_duty_check')
      .values(
        valid.map((c) => ({
          ...c,
          id: crypto.randomUUID(),
          unit_id: unitId,
          division_code: divisionCode,
          note: '包保责任人履职检查（演示数据）',
          recorded_by: null,
        })),
      )
      .execute();
}
