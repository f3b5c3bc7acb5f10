import crypto from 'node:crypto';
import { type MajorHazardUnitInput, assessMajorHazard } from '@anjian/domain';
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
  const tables = majorHazardTables();
  await ctx.db.transaction().execute(async (trx) => {
    for (const [i, e] of enterprises.entries()) {
      for (const input of demoUnits[i]!) {
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
            assessed_by: null,
          })
          .execute();
      }
    }
  });
}
