import crypto from 'node:crypto';
import {
  AppError,
  type ListMajorHazardUnitsQuery,
  type MajorHazardCalcResult,
  type MajorHazardLevel,
  type MajorHazardUnitInput,
  assessMajorHazard,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import { foundInScope } from '../../platform/access/found.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { presentUnit } from './major-hazard.presenter.ts';
import * as repo from './major-hazard.repository.ts';
import { dutyCycles, guarantorsOf } from './major-hazard-registration.repository.ts';
import { detailOf, summaryOf, today } from './major-hazard-registration.service.ts';
import { majorHazardTables } from './major-hazard.tables.ts';

const filterOf = (q: ListMajorHazardUnitsQuery): repo.UnitFilter => ({
  divisionCode: q.divisionCode,
  level: q.level,
  majorOnly: q.majorOnly === 'true',
  enterpriseId: q.enterpriseId,
  gap: q.gap,
});

async function presented(db: Db, rows: repo.UnitRow[], on: string) {
  const guarantors = await guarantorsOf(
    db,
    rows.filter((r) => r.is_major).map((r) => r.id),
  );
  return rows.map((r) => presentUnit(r, summaryOf(r, guarantors, on)));
}

export async function listUnits(ctx: AppContext, rc: RequestContext, q: ListMajorHazardUnitsQuery) {
  const actor = requireActor(rc);
  if (q.gap === 'duty') await dutyCycles(ctx.db); // the cycles are seeded on first read
  const f = filterOf(q);
  const on = today();
  const [rows, total] = await Promise.all([
    repo.listUnits(ctx.db, actor, f, on, q),
    repo.countUnits(ctx.db, actor, f, on),
  ]);
  return { items: await presented(ctx.db, rows, on), total, page: q.page, pageSize: q.pageSize };
}

/** All units in scope matching the filter (the export). */
export async function allUnits(ctx: AppContext, rc: RequestContext, q: ListMajorHazardUnitsQuery) {
  if (q.gap === 'duty') await dutyCycles(ctx.db);
  const on = today();
  const rows = await repo.listUnits(ctx.db, requireActor(rc), filterOf(q), on);
  const units = await presented(ctx.db, rows, on);
  return units.map((u, i) => ({ ...u, creditCode: rows[i]!.enterprise_credit_code }));
}

async function inScopeUnit(db: Db, rc: RequestContext, id: string) {
  return foundInScope(await repo.findUnit(db, requireActor(rc), id), {
    type: 'major_hazard_unit',
    id,
    label: '重大危险源辨识单元',
  });
}

export async function getUnit(ctx: AppContext, rc: RequestContext, id: string) {
  const row = await inScopeUnit(ctx.db, rc, id);
  const [history, registration] = await Promise.all([repo.assessments(ctx.db, id), detailOf(ctx, row)]);
  return {
    ...presentUnit(row, registration),
    registration,
    // Results stored before the tables had revisions lack the field: the column holds it.
    result: { ...history[0]!.result, tablesRevision: history[0]!.tables_revision },
    history: history.map((h) => ({
      revision: h.revision,
      S: h.result.exact.S,
      R: h.result.exact.R,
      level: h.result.level as MajorHazardLevel | null,
      tablesVersion: h.tables_version,
      tablesRevision: h.tables_revision,
      assessedAt: h.assessed_at.toISOString(),
    })),
  };
}

const assess = async (ctx: AppContext, input: MajorHazardUnitInput) =>
  assessMajorHazard(await majorHazardTables(ctx.db), {
    exposedPeople: input.exposedPeople,
    chemicals: input.chemicals,
  });

const resultColumns = (r: MajorHazardCalcResult) => ({
  s_exact: r.exact.S,
  r_exact: r.exact.R,
  s_value: r.S,
  r_value: r.R,
  is_major: r.isMajor,
  level: r.level,
  tables_version: r.tablesVersion,
  tables_revision: r.tablesRevision,
});

/** The enterprise enters a unit: identified at once, the result stored with the tables' version. */
export async function createUnit(ctx: AppContext, rc: RequestContext, input: MajorHazardUnitInput) {
  const actor = requireActor(rc);
  if (!actor.enterpriseId) throw new AppError('FORBIDDEN', '只有企业账号可以登记本企业的辨识单元');
  const result = await assess(ctx, input);
  const id = crypto.randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const e = await repo.enterpriseOf(trx, actor.enterpriseId!);
    if (await repo.nameTaken(trx, actor.enterpriseId!, input.name))
      throw AppError.invalid([{ field: 'name', message: `本企业已有名为「${input.name}」的单元` }]);
    await repo.insertUnit(trx, {
      id,
      enterprise_id: actor.enterpriseId!,
      division_code: e.division_code,
      sector: e.sector,
      kind: input.kind,
      name: input.name,
      exposed_people: input.exposedPeople,
      chemicals: JSON.stringify(input.chemicals),
      ...resultColumns(result),
      revision: 1,
      created_by: actor.userId,
    });
    await insertAssessment(trx, id, e.division_code, 1, input, result, actor.userId);
    await ctx.audit(trx, rc, {
      eventType: 'major_hazard',
      action: 'major_hazard.unit.create',
      objectType: 'major_hazard_unit',
      objectId: id,
      diff: { after: { ...input, S: result.exact.S, R: result.exact.R, level: result.level } },
    });
  });
  return getUnit(ctx, rc, id);
}

function insertAssessment(
  trx: Db,
  unitId: string,
  divisionCode: string,
  revision: number,
  input: MajorHazardUnitInput,
  result: MajorHazardCalcResult,
  userId: string,
) {
  return repo.insertAssessment(trx, {
    unit_id: unitId,
    division_code: divisionCode,
    revision,
    exposed_people: input.exposedPeople,
    chemicals: JSON.stringify(input.chemicals),
    result: JSON.stringify(result),
    tables_version: result.tablesVersion,
    tables_revision: result.tablesRevision,
    assessed_by: userId,
  });
}

/** An inventory edit: a new revision and identification; the audit row holds before and after. */
export async function updateUnit(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  input: MajorHazardUnitInput,
) {
  const actor = requireActor(rc);
  const row = await inScopeUnit(ctx.db, rc, id);
  if (row.enterprise_id !== actor.enterpriseId)
    throw new AppError('FORBIDDEN', '只有本企业账号可以修改其辨识单元');
  if (input.name !== row.name && (await repo.nameTaken(ctx.db, row.enterprise_id, input.name)))
    throw AppError.invalid([{ field: 'name', message: `本企业已有名为「${input.name}」的单元` }]);
  const result = await assess(ctx, input);
  await ctx.db.transaction().execute(async (trx) => {
    const revision = (await repo.lockRevision(trx, id)) + 1;
    await repo.updateUnit(trx, id, {
      kind: input.kind,
      name: input.name,
      exposed_people: input.exposedPeople,
      chemicals: JSON.stringify(input.chemicals),
      ...resultColumns(result),
      revision,
      updated_at: new Date(),
    });
    await insertAssessment(trx, id, row.division_code, revision, input, result, actor.userId);
    await ctx.audit(trx, rc, {
      eventType: 'major_hazard',
      action: 'major_hazard.unit.update',
      objectType: 'major_hazard_unit',
      objectId: id,
      diff: {
        before: {
          kind: row.kind,
          name: row.name,
          exposedPeople: row.exposed_people,
          chemicals: row.chemicals,
          S: row.s_exact,
          R: row.r_exact,
          level: row.level,
          revision: row.revision,
        },
        after: { ...input, S: result.exact.S, R: result.exact.R, level: result.level, revision },
      },
    });
  });
  return getUnit(ctx, rc, id);
}
