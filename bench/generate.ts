import { sql } from 'kysely';
import type { Db } from '../apps/server/src/db/database.ts';
import { buildAccident, buildEnterprise, buildHazard } from '../apps/server/src/demo/factories.ts';
import { prng } from '@anjian/domain';

export interface Sizes {
  enterprises: number;
  hazards: number;
  accidents: number;
}

/** Deterministic enterprises and accidents over the installation's villages (same seed → same rows). */
export async function generate(db: Db, sizes: Sizes, seed = 20261128): Promise<{ insertRowsPerSec: number }> {
  const r = prng(seed);
  const villages = (
    await db.selectFrom('division').select('code').where('level', '=', 'village').orderBy('code').execute()
  ).map((d) => d.code);
  const t0 = performance.now();
  let rows = 0;
  const batch = 1000;
  for (let i = 0; i < sizes.enterprises; i += batch) {
    const values = [];
    for (let j = i; j < Math.min(sizes.enterprises, i + batch); j++) {
      const status =
        r.next() < 0.9 ? ('normal' as const) : r.pick(['suspended', 'closed', 'banned'] as const);
      values.push(buildEnterprise(r, { division_code: r.pick(villages), status }, { serial: j }));
    }
    await db.insertInto('enterprise').values(values).execute();
    rows += values.length;
  }
  const enterprises = await db.selectFrom('enterprise').select(['id', 'division_code', 'sector']).execute();
  const statuses = ['reported', 'assessed', 'rectifying', 'acceptance_requested', 'accepted'] as const;
  // Hazards go in as one array per column (INSERT … SELECT FROM unnest): 13 parameters per 10 000 rows
  // instead of 13 000 per 1 000 keeps 5 000 000 of them within minutes on the server. The columns are
  // those BENCHMARKS.md was measured with: the factory's assessment and acceptance times stay out.
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
      const status = r.next() < 0.7 ? 'accepted' : r.pick(statuses);
      const level = r.next() < 0.03 ? '重大' : '一般';
      const h = buildHazard(r, e, { status, level, description: `隐患 ${j}` });
      c.id.push(h.id);
      c.enterprise.push(h.enterprise_id);
      c.division.push(h.division_code);
      c.sector.push(h.sector);
      c.source.push(h.source);
      c.location.push(h.location);
      c.description.push(h.description);
      c.level.push(level);
      c.status.push(status);
      c.deadline.push(h.deadline ?? null);
      c.found.push(h.found_at.toISOString());
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
      values.push(buildAccident(r, { division_code: r.pick(villages) }));
    }
    await db.insertInto('accident').values(values).execute();
    rows += values.length;
  }
  return { insertRowsPerSec: Math.round(rows / ((performance.now() - t0) / 1000)) };
}
