import {
  type AccidentCategory,
  accidentCategoryName,
  defaultSectorOf,
  denominatorKinds,
  gb6441Name,
  gradeAccident,
  prng,
  requiredReportLevels,
  statYearOf,
} from '@anjian/domain';
import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { type DemoYear, demoCounties, demoYears, nonFatalMix, typesOf } from './accident.demo.data.ts';
import { systemContext } from '../../platform/access/actor.ts';

/** Splits a total by shares so the parts add up exactly, in units of 10^-decimals. */
export function splitExact(total: number, shares: readonly number[], decimals: number): number[] {
  const f = 10 ** decimals;
  const units = Math.round(total * f);
  const parts = shares.map((s) => Math.floor(units * s));
  parts[parts.length - 1] = units - parts.slice(0, -1).reduce((a, b) => a + b, 0);
  return parts.map((p) => p / f);
}

const MIN = 60_000;
const uuidFrom = (rand: () => number) =>
  'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const r = Math.floor(rand() * 16);
    return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
  });

interface Ent {
  id: string;
  name: string;
  division_code: string;
}

/**
 * Demo accidents and denominators for Zhongwei 2010–2020 (demo mode, empty install). Casualties per year and
 * category come from accident.demo.data.ts; counties, townships, times and types are drawn from a fixed seed.
 */
export async function seedDemoAccidents(ctx: AppContext): Promise<{ accidents: number }> {
  const { db } = ctx;
  const rand = prng(20_160_101);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const towns = new Map<string, { code: string; name: string }[]>();
  for (const c of demoCounties) {
    towns.set(
      c.code,
      await db
        .selectFrom('division')
        .select(['code', 'name'])
        .where('parent_code', '=', c.code)
        .orderBy('code')
        .execute(),
    );
  }
  const ents: Ent[] = await db
    .selectFrom('enterprise')
    .select(['id', 'name', 'division_code'])
    .orderBy('id')
    .limit(5000)
    .execute()
    .catch(() => []);
  const county = () => {
    const r = rand();
    let acc = 0;
    for (const c of demoCounties) if ((acc += c.accidentWeight) >= r) return c;
    return demoCounties[0];
  };

  const accidents: Insertable<Database['accident']>[] = [];
  const steps: Insertable<Database['accident_report_step']>[] = [];
  const entsOf = new Map(
    demoCounties.map((c) => [
      c.code as string,
      ents.filter((e) => e.division_code.startsWith(c.code)).slice(0, 200),
    ]),
  );
  const make = (y: DemoYear, category: AccidentCategory, deaths: number) => {
    const c = county();
    const town = pick(towns.get(c.code) ?? [{ code: c.code, name: c.name }]);
    const occurredAt = new Date(
      Date.UTC(y.year, 0, 1, 0, 0) -
        8 * 60 * MIN +
        between(0, 364) * 1440 * MIN +
        between(6 * 60, 23 * 60) * MIN,
    );
    if (statYearOf(occurredAt) !== y.year) throw new Error('demo date outside its year');
    const larger = deaths >= 3;
    const serious = larger ? between(0, 6) : between(0, 3);
    const loss = larger ? between(150, 900) + between(0, 99) / 100 : between(1, 80) + between(0, 99) / 100;
    const type = pick(typesOf[category]);
    const industrial = ![
      'road_traffic',
      'fire',
      'water_traffic',
      'railway',
      'agricultural_machinery',
      'other',
    ].includes(category);
    const ent = industrial ? pick<Ent | null>([...(entsOf.get(c.code) ?? []), null]) : null;
    const graded = gradeAccident({ deaths, seriousInjuries: serious, directLoss: loss });
    const id = uuidFrom(rand);
    accidents.push({
      id,
      division_code: ent?.division_code ?? town.code,
      occurred_at: occurredAt,
      stat_year: y.year,
      title: `${ent?.name ?? town.name}${gb6441Name(type)}事故`,
      location:
        category === 'road_traffic'
          ? pick(['G109国道', 'G338国道', '京藏高速', '定武高速', '迎水桥路口', '城区街道'])
          : town.name,
      longitude: null,
      latitude: null,
      enterprise_id: ent?.id ?? null,
      enterprise_name: ent?.name ?? null,
      category,
      sector: defaultSectorOf(category),
      accident_type: type,
      deaths,
      serious_injuries: serious,
      minor_injuries: between(0, 4),
      missing: 0,
      direct_loss: loss.toFixed(2),
      grade: graded.grade,
      grade_rule_version: graded.ruleVersion,
      description: `演示数据：${accidentCategoryName(category)}事故，死亡 ${deaths} 人。`,
      created_by: null,
    });
    let clock = occurredAt.getTime();
    for (const level of requiredReportLevels(graded.grade)) {
      const allowed = level === 'county' ? 60 : 120;
      const late = rand() < 0.04;
      clock += (late ? between(allowed + 1, allowed + 120) : between(10, allowed - 5)) * MIN;
      steps.push({
        id: uuidFrom(rand),
        accident_id: id,
        division_code: ent?.division_code ?? town.code,
        level,
        reported_at: new Date(clock),
        reported_by: level === 'county' ? '事发单位 / 属地' : '下级应急管理部门',
        note: null,
        recorded_by: null,
      });
    }
  };

  for (const y of demoYears) {
    let count = 0;
    for (const [category, deaths] of y.larger) {
      make(y, category, deaths);
      count++;
    }
    for (const [category, total] of Object.entries(y.deaths) as [AccidentCategory, number][]) {
      let left = total - y.larger.filter(([c]) => c === category).reduce((s, [, n]) => s + n, 0);
      while (left > 0) {
        const n = left >= 2 && rand() < 0.2 ? 2 : 1;
        make(y, category, n);
        left -= n;
        count++;
      }
    }
    const weights = nonFatalMix.map(([, w]) => w);
    while (count < y.accidents) {
      const r = rand() * weights.reduce((a, b) => a + b, 0);
      let acc = 0;
      const category = nonFatalMix.find(([, w]) => (acc += w) >= r)?.[0] ?? 'road_traffic';
      make(y, category, 0);
      count++;
    }
  }

  const denominators = demoYears.flatMap((y) =>
    denominatorKinds.flatMap((k) =>
      splitExact(
        y.denominators[k.code],
        demoCounties.map((c) => c.shares[k.code]),
        k.decimals,
      ).map((value, i) => ({
        division_code: demoCounties[i]?.code as string,
        year: y.year,
        kind: k.code,
        value,
        source: '演示数据（按中卫市“十三五”规划反推）',
        updated_by: null,
      })),
    ),
  );

  await db.transaction().execute(async (trx) => {
    await insertAccidents(trx, accidents);
    await insertSteps(trx, steps);
    for (let i = 0; i < denominators.length; i += 500)
      await trx
        .insertInto('stat_denominator')
        .values(denominators.slice(i, i + 500))
        .execute();
    await ctx.audit(trx, systemContext, {
      eventType: 'system',
      action: 'system.seed',
      reason: 'demo accidents',
      diff: { accidents: accidents.length, reportSteps: steps.length, denominators: denominators.length },
    });
  });
  return { accidents: accidents.length };
}

async function insertAccidents(trx: Db, rows: Insertable<Database['accident']>[]) {
  for (let i = 0; i < rows.length; i += 400)
    await trx
      .insertInto('accident')
      .values(rows.slice(i, i + 400))
      .execute();
}

async function insertSteps(trx: Db, rows: Insertable<Database['accident_report_step']>[]) {
  for (let i = 0; i < rows.length; i += 1000)
    await trx
      .insertInto('accident_report_step')
      .values(rows.slice(i, i + 1000))
      .execute();
}
