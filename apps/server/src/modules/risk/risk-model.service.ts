import crypto from 'node:crypto';
import {
  AppError,
  type CreateRiskEventInput,
  type CreateRiskMeasureInput,
  type CreateRiskObjectInput,
  type CreateRiskUnitInput,
  LEC_RULE_VERSION,
  type RiskAssessment,
  type RiskListQuery,
  defaultLsVariant,
  evaluateLec,
  evaluateLs,
  lecProblems,
  lsProblems,
  riskGradeOf,
} from '@anjian/domain';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { isSealed, sealPhone } from '../../platform/personal/personal-data.ts';
import { findInScope, parentInScope, scopeCols, write } from './risk-model.access.ts';
import * as repo from './risk-model.repository.ts';
import {
  presentEvent,
  presentMeasure,
  presentObject,
  presentTask,
  presentUnit,
} from './risk-model.presenter.ts';
import { foundInScope } from '../../platform/access/found.ts';
import { systemContext } from '../../platform/access/actor.ts';

/** LEC or L×S with the domain functions; a score outside the standard tables is a 400 naming the field. */
export function assess(a: RiskAssessment) {
  if (a.method === 'LEC') {
    const problems = lecProblems(a);
    if (problems.length)
      throw AppError.invalid(
        problems.map((p) => ({ ...p, field: `assessment.${p.field}` })),
        '分值不在 LEC 标准分值表中',
      );
    const r = evaluateLec(a);
    return {
      method: 'LEC' as const,
      l: a.L,
      e: a.E,
      c: a.C,
      s: null,
      score: r.D,
      danger_class: r.dangerClass,
      level: r.level,
      color: r.color,
      rule_version: LEC_RULE_VERSION,
    };
  }
  const problems = lsProblems(a);
  if (problems.length)
    throw AppError.invalid(
      problems.map((p) => ({ ...p, field: `assessment.${p.field}` })),
      '分值应为 1–5 的整数',
    );
  const r = evaluateLs(a);
  return {
    method: 'LS' as const,
    l: a.L,
    e: null,
    c: null,
    s: a.S,
    score: r.R,
    danger_class: null,
    level: r.level,
    color: r.color,
    rule_version: `LS/${defaultLsVariant}`,
  };
}

// ---- 风险分析对象
export async function listObjects(ctx: AppContext, rc: RequestContext, q: RiskListQuery) {
  return { items: (await repo.listObjects(ctx.db, requireActor(rc), q)).map(presentObject) };
}
export async function getObject(ctx: AppContext, rc: RequestContext, id: string) {
  const actor = requireActor(rc);
  await findInScope(ctx.db, actor, 'risk_object', id);
  const [row] = await repo.listObjects(ctx.db, actor, { id });
  if (!row) throw new AppError('NOT_FOUND');
  return presentObject(row);
}
export async function createObject(ctx: AppContext, rc: RequestContext, input: CreateRiskObjectInput) {
  const actor = requireActor(rc);
  const e = foundInScope(await repo.enterpriseInScope(ctx.db, actor, input.enterpriseId), {
    type: 'enterprise',
    id: input.enterpriseId,
    label: '企业',
    field: 'enterpriseId',
  });
  const id = crypto.randomUUID();
  await write(
    ctx,
    rc,
    'risk.object.create',
    'risk_object',
    id,
    async (trx) => {
      await repo.insertRiskObject(trx, {
        id,
        enterprise_id: e.id,
        division_code: e.division_code,
        sector: e.sector,
        kind: input.kind,
        name: input.name,
        code: input.code ?? null,
        description: input.description ?? null,
        created_by: actor.userId,
      });
    },
    { after: input },
  );
  return getObject(ctx, rc, id);
}

// ---- 风险分析单元 (grade = the highest of its events)
export async function listUnits(ctx: AppContext, rc: RequestContext, q: RiskListQuery) {
  const actor = requireActor(rc);
  const [units, levels] = await Promise.all([
    repo.listUnits(ctx.db, actor, q),
    repo.eventLevels(ctx.db, actor, { enterpriseId: q.enterpriseId }),
  ]);
  return {
    items: units.map((u) =>
      presentUnit(u, riskGradeOf(levels.filter((l) => l.unit_id === u.id).map((l) => l.level))),
    ),
  };
}
export async function getUnit(ctx: AppContext, rc: RequestContext, id: string, now = new Date()) {
  const actor = requireActor(rc);
  await findInScope(ctx.db, actor, 'risk_unit', id);
  const header = await repo.unitHeader(ctx.db, id);
  if (!header) throw new AppError('NOT_FOUND');
  const { events, measures, tasks } = await repo.unitContents(ctx.db, actor, id);
  return {
    ...presentUnit(header, riskGradeOf(events.map((e) => e.level))),
    events: events.map((e) => ({
      ...presentEvent(e),
      measures: measures.filter((m) => m.event_id === e.id).map(presentMeasure),
    })),
    tasks: tasks.map((t) => presentTask(t, now)),
  };
}
export async function createUnit(ctx: AppContext, rc: RequestContext, input: CreateRiskUnitInput) {
  const o = await parentInScope(ctx.db, requireActor(rc), 'risk_object', input.objectId, 'objectId');
  const id = crypto.randomUUID();
  await write(
    ctx,
    rc,
    'risk.unit.create',
    'risk_unit',
    id,
    async (trx) => {
      await repo.insertRiskUnit(trx, {
        id,
        object_id: o.id,
        ...scopeCols(o),
        name: input.name,
        location: input.location ?? null,
        department: input.department,
        responsible_person: input.responsiblePerson,
        ...phoneColumns(ctx, input.responsiblePhone ?? null),
      });
    },
    { after: input },
  );
  return getUnit(ctx, rc, id);
}

// ---- 安全风险事件
export async function getEvent(ctx: AppContext, rc: RequestContext, id: string) {
  return presentEvent(await findInScope(ctx.db, requireActor(rc), 'risk_event', id));
}
export async function createEvent(ctx: AppContext, rc: RequestContext, input: CreateRiskEventInput) {
  const u = await parentInScope(ctx.db, requireActor(rc), 'risk_unit', input.unitId, 'unitId');
  const result = assess(input.assessment);
  const id = crypto.randomUUID();
  await write(
    ctx,
    rc,
    'risk.event.create',
    'risk_event',
    id,
    async (trx) => {
      await repo.insertRiskEvent(trx, {
        id,
        unit_id: u.id,
        ...scopeCols(u),
        name: input.name,
        consequence: input.consequence ?? null,
        ...result,
      });
    },
    { after: { ...input, score: result.score, level: result.level } },
  );
  return getEvent(ctx, rc, id);
}

// ---- 管控措施 (optionally generating its 隐患排查任务 in the same transaction)
export async function getMeasure(ctx: AppContext, rc: RequestContext, id: string) {
  return presentMeasure(await findInScope(ctx.db, requireActor(rc), 'risk_measure', id));
}
export async function createMeasure(ctx: AppContext, rc: RequestContext, input: CreateRiskMeasureInput) {
  const ev = await parentInScope(ctx.db, requireActor(rc), 'risk_event', input.eventId, 'eventId');
  const id = crypto.randomUUID();
  await write(
    ctx,
    rc,
    'risk.measure.create',
    'risk_measure',
    id,
    async (trx) => {
      await repo.insertRiskMeasure(trx, {
        id,
        event_id: ev.id,
        unit_id: ev.unit_id,
        ...scopeCols(ev),
        type: input.type,
        content: input.content,
        responsible_level: input.responsibleLevel,
        responsible_person: input.responsiblePerson ?? null,
      });
      if (input.check) {
        await repo.insertRiskCheckTask(trx, {
          id: crypto.randomUUID(),
          measure_id: id,
          unit_id: ev.unit_id,
          ...scopeCols(ev),
          content: input.check.content ?? input.content,
          cycle_num: input.check.cycle.num,
          cycle_unit: input.check.cycle.unit,
          responsible_person: input.responsiblePerson ?? null,
        });
      }
    },
    { after: input },
  );
  return getMeasure(ctx, rc, id);
}

/** The unit's phone columns for a write (DC-02): sealed, blind-indexed, masked; undefined leaves them. */
export function phoneColumns(ctx: AppContext, phone: string | null | undefined) {
  const p = sealPhone(ctx.personal, phone);
  return p
    ? { responsible_phone: p.sealed, responsible_phone_index: p.index, responsible_phone_masked: p.masked }
    : {};
}

/** PI-02: the plain 联系电话 of a unit in scope, shown only through this audited action. */
export async function revealUnitPhone(ctx: AppContext, rc: RequestContext, id: string) {
  const unit = await findInScope(ctx.db, requireActor(rc), 'risk_unit', id);
  const phone = unit.responsible_phone;
  const responsiblePhone = phone ? (isSealed(phone) ? ctx.personal.open(phone) : phone) : null;
  await ctx.audit(ctx.db, rc, {
    eventType: 'sensitive_view',
    action: 'risk.unit.reveal_phone',
    objectType: 'risk_unit',
    objectId: id,
  });
  return { responsiblePhone };
}

/** Seals phones written before sealing existed (the migration cannot: the key is outside the database). */
export async function sealLegacyPhones(ctx: AppContext) {
  const rows = await repo.unsealedUnitPhones(ctx.db);
  for (const r of rows)
    await repo.updateRiskRow(ctx.db, 'risk_unit', r.id, phoneColumns(ctx, r.responsible_phone));
  if (rows.length > 0)
    await ctx.audit(ctx.db, systemContext, {
      eventType: 'system',
      action: 'risk.unit.seal_phones',
      objectType: 'risk_unit',
      objectId: 'legacy',
      diff: { sealed: rows.length },
    });
  return rows.length;
}
