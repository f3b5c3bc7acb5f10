import { sql } from 'kysely';
import { type DutyCycle, defaultDutyCycles } from '@anjian/domain';
import type { Db } from '../../db/database.ts';

export function guarantorsOf(db: Db, unitIds: readonly string[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('major_hazard_guarantor')
    .select(['unit_id', 'role', 'name', 'title', 'phone'])
    .where('unit_id', 'in', unitIds)
    .execute();
}

export function checksOf(db: Db, unitIds: readonly string[], from: string) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('major_hazard_duty_check')
    .select(['id', 'unit_id', 'role', 'note', sql<string>`performed_on::text`.as('performed_on')])
    .where('unit_id', 'in', unitIds)
    .where('performed_on', '>=', from)
    .orderBy('performed_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

/** The duty cycles; the defaults are written on first read (reference data seeded from the domain). */
export async function dutyCycles(db: Db): Promise<DutyCycle[]> {
  const read = () =>
    db
      .selectFrom('major_hazard_duty_cycle')
      .select(['role', 'cycle_num', 'cycle_unit', 'citation', 'verified'])
      .select(sql<string>`effective_from::text`.as('effective_from'))
      .orderBy('role')
      .execute();
  let rows = await read();
  if (rows.length < defaultDutyCycles.length) {
    await db
      .insertInto('major_hazard_duty_cycle')
      .values(
        defaultDutyCycles.map((c) => ({
          role: c.role,
          cycle_num: c.cycleNum,
          cycle_unit: c.cycleUnit,
          citation: c.citation,
          verified: c.verified,
          effective_from: c.effectiveFrom,
        })),
      )
      .onConflict((oc) => oc.column('role').doNothing())
      .execute();
    rows = await read();
  }
  return rows.map((r) => ({
    role: r.role as DutyCycle['role'],
    cycleNum: r.cycle_num,
    cycleUnit: r.cycle_unit as DutyCycle['cycleUnit'],
    citation: r.citation,
    verified: r.verified,
    effectiveFrom: r.effective_from,
  }));
}

export function updateDutyCycle(
  db: Db,
  role: string,
  v: { cycle_num: number; cycle_unit: string; citation: string; verified: boolean; effective_from: string },
  userId: string,
) {
  return db
    .updateTable('major_hazard_duty_cycle')
    .set({ ...v, updated_by: userId, updated_at: new Date() })
    .where('role', '=', role)
    .execute();
}

export function upsertRegistration(
  db: Db,
  v: {
    unit_id: string;
    division_code: string;
    record_no: string | null;
    registered_on: string | null;
    evaluated_on: string | null;
    evaluated_revision: number | null;
    updated_by: string;
  },
) {
  return db
    .insertInto('major_hazard_registration')
    .values(v)
    .onConflict((oc) =>
      oc.column('unit_id').doUpdateSet({
        record_no: v.record_no,
        registered_on: v.registered_on,
        evaluated_on: v.evaluated_on,
        evaluated_revision: v.evaluated_revision,
        updated_by: v.updated_by,
        updated_at: new Date(),
      }),
    )
    .execute();
}

export async function replaceGuarantors(
  db: Db,
  unitId: string,
  divisionCode: string,
  rows: { role: string; name: string; title: string | null; phone: string | null }[],
) {
  await db.deleteFrom('major_hazard_guarantor').where('unit_id', '=', unitId).execute();
  if (rows.length)
    await db
      .insertInto('major_hazard_guarantor')
      .values(rows.map((r) => ({ ...r, unit_id: unitId, division_code: divisionCode })))
      .execute();
}

export function insertDutyCheck(
  db: Db,
  v: {
    id: string;
    unit_id: string;
    division_code: string;
    role: string;
    performed_on: string;
    note: string | null;
    recorded_by: string;
  },
) {
  return db.insertInto('major_hazard_duty_check').values(v).execute();
}
