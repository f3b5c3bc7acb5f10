import {
  accidentCategories,
  composeCreditCode,
  gradeAccident,
  sectors,
  ACCIDENT_GRADE_RULE_VERSION,
} from '@anjian/domain';
import { sql } from 'kysely';
import type { Db } from '../apps/server/src/db/database.ts';
import { prng } from './harness.ts';

export interface Sizes {
  enterprises: number;
  hazards: number;
  accidents: number;
}

const uuidFrom = (r: ReturnType<typeof prng>) => {
  const h = Array.from({ length: 32 }, () => Math.floor(r.next() * 16).toString(16)).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** Deterministic enterprises and accidents over the installation's villages (same seed → same rows). */
export async function generate(db: Db, sizes: Sizes, seed = 20261128): Promise<{ insertRowsPerSec: number }> {
  const r = prng(seed);
  const villages = (
    await db.selectFrom('division').select('code').where('level', '=', 'village').orderBy('code').execute()
  ).map((d) => d.code);
  const sectorCodes = sectors.map((s) => s.code);
  const words = [
    '安泰',
    '鑫源',
    '宏达',
    '金沙',
    '黄河',
    '枸杞',
    '塞上',
    '沙坡',
    '宁安',
    '恒信',
    '华晟',
    '远航',
  ];
  const kinds = ['化工', '建材', '机械', '商贸', '运输', '建筑', '冶金', '食品', '纺织', '电力'];
  const t0 = performance.now();
  let rows = 0;
  const batch = 1000;
  for (let i = 0; i < sizes.enterprises; i += batch) {
    const values = [];
    for (let j = i; j < Math.min(sizes.enterprises, i + batch); j++) {
      const village = r.pick(villages);
      values.push({
        id: uuidFrom(r),
        credit_code: composeCreditCode(
          '91',
          village.slice(0, 6),
          `B${j.toString(36).toUpperCase().padStart(7, '0')}`,
        ),
        name: `中卫市${r.pick(words)}${r.pick(kinds)}有限公司${j}`,
        division_code: village,
        sector: r.pick(sectorCodes),
        size_class: r.pick(['large', 'medium', 'small', 'micro'] as const),
        employees: r.int(3, 3000),
        status: r.next() < 0.9 ? ('normal' as const) : r.pick(['suspended', 'closed', 'banned'] as const),
        longitude: 104.3 + r.next() * 1.8,
        latitude: 36.2 + r.next() * 1.4,
      });
    }
    await db.insertInto('enterprise').values(values).execute();
    rows += values.length;
  }
  const enterprises = await db.selectFrom('enterprise').select(['id', 'division_code', 'sector']).execute();
  const sources = ['企业自查', '网格巡查', '执法检查', '第三方', '群众举报'] as const;
  const statuses = ['reported', 'assessed', 'rectifying', 'acceptance_requested', 'accepted'] as const;
  // Hazards go in as one array per column (INSERT … SELECT FROM unnest): 13 parameters per 10 000 rows
  // instead of 13 000 per 1 000 keeps 5 000 000 of them within minutes on the server.
  const hazardBatch = 10_000;
  for (let i = 0; i < sizes.hazards; i += hazardBatch) {
    const c = {
      id: [] as string[],
      enterprise: [] as string[],
      division: [] as string[],
      sector: [] as string[],
      source: [] as string[],
      location: [] as string[],
      description: [] as string[],
      level: [] as string[],
      status: [] as string[],
      deadline: [] as (string | null)[],
      found: [] as string[],
    };
    for (let j = i; j < Math.min(sizes.hazards, i + hazardBatch); j++) {
      const e = r.pick(enterprises);
      const found = new Date(Date.UTC(r.int(2019, 2026), r.int(0, 10), r.int(1, 28)));
      const status = r.next() < 0.7 ? 'accepted' : r.pick(statuses);
      c.id.push(uuidFrom(r));
      c.enterprise.push(e.id);
      c.division.push(e.division_code);
      c.sector.push(e.sector);
      c.source.push(r.pick(sources));
      c.location.push(`车间 ${r.int(1, 20)}`);
      c.description.push(`隐患 ${j}`);
      c.level.push(r.next() < 0.03 ? '重大' : '一般');
      c.status.push(status);
      c.deadline.push(
        status === 'reported'
          ? null
          : new Date(found.getTime() + r.int(7, 90) * 86_400_000).toISOString().slice(0, 10),
      );
      c.found.push(found.toISOString());
    }
    await sql`INSERT INTO hazard (id, enterprise_id, division_code, sector, source, location, description,
        level, status, deadline, found_at, reported_at)
      SELECT u.*, u.found_at FROM unnest(${c.id}::uuid[], ${c.enterprise}::uuid[], ${c.division}::text[],
        ${c.sector}::text[], ${c.source}::text[], ${c.location}::text[], ${c.description}::text[],
        ${c.level}::text[], ${c.status}::text[], ${c.deadline}::date[], ${c.found}::timestamptz[])
        AS u(id, enterprise_id, division_code, sector, source, location, description, level, status,
        deadline, found_at)`.execute(db);
    rows += c.id.length;
  }
  for (let i = 0; i < sizes.accidents; i += batch) {
    const values = [];
    for (let j = i; j < Math.min(sizes.accidents, i + batch); j++) {
      const category = r.pick(accidentCategories);
      const deaths = r.next() < 0.8 ? 0 : r.int(1, 4);
      const serious = r.int(0, 3);
      const loss = Math.round(r.next() * 300 * 100) / 100;
      const year = r.int(2010, 2020);
      const occurred = new Date(Date.UTC(year, r.int(0, 11), r.int(1, 28), r.int(0, 23)));
      values.push({
        id: uuidFrom(r),
        division_code: r.pick(villages),
        occurred_at: occurred,
        stat_year: year,
        title: `${category.name}事故 ${j}`,
        category: category.code,
        sector: category.sector,
        accident_type: String(r.int(1, 20)).padStart(2, '0'),
        deaths,
        serious_injuries: serious,
        minor_injuries: r.int(0, 5),
        missing: 0,
        direct_loss: String(loss),
        grade: gradeAccident({ deaths, seriousInjuries: serious, directLoss: loss }).grade,
        grade_rule_version: ACCIDENT_GRADE_RULE_VERSION,
      });
    }
    await db.insertInto('accident').values(values).execute();
    rows += values.length;
  }
  return { insertRowsPerSec: Math.round(rows / ((performance.now() - t0) / 1000)) };
}
