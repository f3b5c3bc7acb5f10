import crypto from 'node:crypto';
import {
  AppError,
  type DutyCheckInput,
  type DutyCycle,
  type DutyCycleDto,
  type DutyCycleInput,
  type DutyTaskDto,
  EVALUATION_RULE,
  type GuarantorRole,
  type MajorHazardRegistrationInput,
  type RegistrationDetail,
  type RegistrationSummary,
  chinaDate,
  dutyCycleUnitNames,
  dutyProgress,
  evaluationOf,
  guarantorRoleNames,
  guarantorRoles,
} from '@anjian/domain';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import { foundInScope } from '../../platform/access/found.ts';
import type { AppContext } from '../../platform/app-context.ts';
import * as tasks from './major-hazard-duty-task.repository.ts';
import * as reg from './major-hazard-registration.repository.ts';
import { generateDutyTasks } from './major-hazard.jobs.ts';
import { insertReportedHazard } from '../hazard/index.ts';
import * as repo from './major-hazard.repository.ts';

type GuarantorRow = Awaited<ReturnType<typeof reg.guarantorsOf>>[number];

export const today = () => chinaDate(new Date());

/** The 备案 / 包保 / 安全评估 summary of a unit; null below the threshold. */
export function summaryOf(
  u: repo.UnitRow,
  guarantors: GuarantorRow[],
  on: string,
): RegistrationSummary | null {
  if (!u.is_major) return null;
  const mine = guarantors.filter((g) => g.unit_id === u.id);
  const evaluation = evaluationOf(
    { evaluatedOn: u.evaluated_on, evaluatedRevision: u.evaluated_revision, revision: u.revision },
    on,
  );
  return {
    recordNo: u.record_no,
    registeredOn: u.registered_on,
    evaluatedOn: u.evaluated_on,
    evaluationDueOn: evaluation.dueOn,
    evaluationStatus: evaluation.status,
    guarantors: guarantorRoles.flatMap((role) => {
      const g = mine.find((x) => x.role === role);
      return g
        ? [{ role, roleName: guarantorRoleNames[role], name: g.name, title: g.title, phone: g.phone }]
        : [];
    }),
    missingRoles: guarantorRoles.filter((role) => !mine.some((g) => g.role === role)),
  };
}

export const presentCycle = (c: DutyCycle): DutyCycleDto => ({
  ...c,
  roleName: guarantorRoleNames[c.role],
  text:
    c.cycleNum === 1
      ? `每${dutyCycleUnitNames[c.cycleUnit]}`
      : `每${c.cycleNum}${dutyCycleUnitNames[c.cycleUnit]}`,
});

/** The window of the completion rates: the current year, or from the 备案 date when later. */
const windowStart = (registeredOn: string | null, on: string) => {
  const jan1 = `${on.slice(0, 4)}-01-01`;
  return registeredOn && registeredOn > jan1 && registeredOn <= on ? registeredOn : jan1;
};

type TaskStat = Awaited<ReturnType<typeof tasks.taskStats>>[number];

const lastDay = (end: string) =>
  new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Completion from the duty tasks: done ÷ the tasks that have ended or are done, per role and in all; the
 * next due day is the last day of the earliest open task; a role is overdue when an ended task is open.
 */
function progressOf(
  summary: RegistrationSummary,
  cycles: DutyCycle[],
  checks: { role: string; performed_on: string }[],
  stats: TaskStat[],
  from: string,
  on: string,
) {
  const duties = summary.guarantors.map((g) => {
    const cycle = cycles.find((c) => c.role === g.role)!;
    const p = dutyProgress(
      cycle,
      checks.filter((c) => c.role === g.role).map((c) => c.performed_on),
      from,
      on,
    );
    const s = stats.find((x) => x.role === g.role);
    const done = Number(s?.done ?? 0);
    const due = Number(s?.due ?? 0);
    return {
      role: g.role,
      roleName: g.roleName,
      cycle: presentCycle(cycle),
      periods: due,
      done,
      rate: due === 0 ? null : done / due,
      tasksDone: done,
      tasksDue: due,
      lastOn: p.lastOn,
      nextDueOn: s?.next_end ? lastDay(s.next_end) : p.nextDueOn,
      overdue: s?.overdue ?? false,
    };
  });
  const periods = duties.reduce((n, d) => n + d.periods, 0);
  const done = duties.reduce((n, d) => n + d.done, 0);
  return { duties, periods, done, rate: periods === 0 ? null : done / periods };
}

export async function detailOf(ctx: AppContext, u: repo.UnitRow): Promise<RegistrationDetail | null> {
  const on = today();
  const summary = summaryOf(u, await reg.guarantorsOf(ctx.db, [u.id]), on);
  if (!summary) return null;
  const from = windowStart(u.registered_on, on);
  const [cycles, checks, stats] = await Promise.all([
    reg.dutyCycles(ctx.db),
    reg.checksOf(ctx.db, [u.id], from),
    tasks.taskStats(ctx.db, [u.id], from, on),
  ]);
  const p = progressOf(summary, cycles, checks, stats, from, on);
  return {
    ...summary,
    evaluationRule: {
      years: EVALUATION_RULE.years,
      citation: EVALUATION_RULE.citation,
      verified: EVALUATION_RULE.verified,
    },
    duties: p.duties,
    rate: p.rate,
    tasksDone: p.done,
    tasksDue: p.periods,
    checks: checks.map((c) => ({
      id: c.id,
      role: c.role as GuarantorRole,
      performedOn: c.performed_on,
      note: c.note,
    })),
  };
}

async function ownMajorUnit(ctx: AppContext, rc: RequestContext, id: string) {
  const actor = requireActor(rc);
  const row = foundInScope(await repo.findUnit(ctx.db, actor, id), {
    type: 'major_hazard_unit',
    id,
    label: '重大危险源辨识单元',
  });
  if (row.enterprise_id !== actor.enterpriseId)
    throw new AppError('FORBIDDEN', '只有本企业账号可以填报其重大危险源的备案与包保');
  if (!row.is_major)
    throw AppError.invalid([{ field: 'id', message: '该单元未构成重大危险源（S < 1），无需备案与包保' }]);
  return row;
}

/** 备案 (record number, date), the last 安全评估 and the three 包保责任人, in one audited write. */
export async function saveRegistration(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  input: MajorHazardRegistrationInput,
) {
  const actor = requireActor(rc);
  const row = await ownMajorUnit(ctx, rc, id);
  const on = today();
  for (const [field, v] of [
    ['registeredOn', input.registeredOn],
    ['evaluatedOn', input.evaluatedOn],
  ] as const)
    if (v && v > on) throw AppError.invalid([{ field, message: '日期不能晚于今天' }]);
  const before = summaryOf(row, await reg.guarantorsOf(ctx.db, [id]), on);
  const guarantors = guarantorRoles.flatMap((role) => {
    const g = input.guarantors[role];
    return g ? [{ role, name: g.name, title: g.title ?? null, phone: g.phone ?? null }] : [];
  });
  // A new evaluation date covers the current inventory; an unchanged one keeps the revision it covered.
  const evaluatedOn = input.evaluatedOn ?? null;
  const evaluatedRevision =
    evaluatedOn === null ? null : evaluatedOn === row.evaluated_on ? row.evaluated_revision : row.revision;
  await ctx.db.transaction().execute(async (trx) => {
    await reg.upsertRegistration(trx, {
      unit_id: id,
      division_code: row.division_code,
      record_no: input.recordNo?.trim() || null,
      registered_on: input.registeredOn ?? null,
      evaluated_on: evaluatedOn,
      evaluated_revision: evaluatedRevision,
      updated_by: actor.userId,
    });
    await reg.replaceGuarantors(trx, id, row.division_code, guarantors);
    // A role left without a person owes no further duty; a newly named one gets its tasks at once.
    await tasks.deleteOpenTasks(trx, on, { unitId: id, keepRoles: guarantors.map((g) => g.role) });
    await generateDutyTasks(trx, on, { unitId: id });
    await ctx.audit(trx, rc, {
      eventType: 'major_hazard',
      action: 'major_hazard.registration.update',
      objectType: 'major_hazard_unit',
      objectId: id,
      diff: { before, after: { ...input, evaluatedRevision } },
    });
  });
}

/** A 包保责任人 carried out a duty (检查 / 排查) of the role on a day. */
export async function recordDutyCheck(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  input: DutyCheckInput,
) {
  const actor = requireActor(rc);
  const row = await ownMajorUnit(ctx, rc, id);
  if (input.performedOn > today())
    throw AppError.invalid([{ field: 'performedOn', message: '日期不能晚于今天' }]);
  const has = (await reg.guarantorsOf(ctx.db, [id])).some((g) => g.role === input.role);
  if (!has)
    throw AppError.invalid([
      { field: 'role', message: `该重大危险源尚未明确${guarantorRoleNames[input.role]}，请先填报包保责任人` },
    ]);
  const checkId = crypto.randomUUID();
  const hazardIds: string[] = [];
  await ctx.db.transaction().execute(async (trx) => {
    await reg.insertDutyCheck(trx, {
      id: checkId,
      unit_id: id,
      division_code: row.division_code,
      role: input.role,
      performed_on: input.performedOn,
      note: input.note?.trim() || null,
      recorded_by: actor.userId,
    });
    await generateDutyTasks(trx, today(), { unitId: id }); // a source saved before the job ran
    await tasks.completeTask(trx, id, input.role, input.performedOn, checkId);
    // What the check found is a hazard of the dual-prevention loop, reported by the enterprise itself.
    const enterprise = { id: row.enterprise_id, division_code: row.division_code, sector: row.sector };
    for (const f of input.findings ?? [])
      hazardIds.push(
        await insertReportedHazard(trx, ctx, rc, enterprise, {
          enterpriseId: row.enterprise_id,
          source: '企业自查',
          location: f.location,
          description: f.description,
          checklistItem: `重大危险源包保履职（${guarantorRoleNames[input.role]}）`,
          level: '一般',
        }),
      );
    await ctx.audit(trx, rc, {
      eventType: 'major_hazard',
      action: 'major_hazard.duty.record',
      objectType: 'major_hazard_unit',
      objectId: id,
      diff: { after: { ...input, id: checkId, hazardIds } },
    });
  });
  return hazardIds;
}

export async function listCycles(ctx: AppContext) {
  return (await reg.dutyCycles(ctx.db)).map(presentCycle);
}

/** An administrator edits a role's cycle (reference data): audited with before and after. */
export async function updateCycle(
  ctx: AppContext,
  rc: RequestContext,
  role: GuarantorRole,
  input: DutyCycleInput,
) {
  const actor = requireActor(rc);
  const before = (await reg.dutyCycles(ctx.db)).find((c) => c.role === role)!;
  await ctx.db.transaction().execute(async (trx) => {
    await reg.updateDutyCycle(
      trx,
      role,
      {
        cycle_num: input.cycleNum,
        cycle_unit: input.cycleUnit,
        citation: input.citation,
        verified: input.verified,
        effective_from: today(),
      },
      actor.userId,
    );
    // The open tasks not yet ended give way to the new cycle, which continues after the newest task left.
    await tasks.deleteOpenTasks(trx, today(), { role });
    await generateDutyTasks(trx, today());
    await ctx.audit(trx, rc, {
      eventType: 'reference',
      action: 'major_hazard.duty_cycle.update',
      objectType: 'major_hazard_duty_cycle',
      objectId: role,
      diff: { before, after: input },
    });
  });
  return listCycles(ctx);
}

/** The regulator's view of 包保: per enterprise, its sources, gaps and completion over the year. */
export async function baobaoReport(ctx: AppContext, rc: RequestContext, divisionCode?: string) {
  const actor = requireActor(rc);
  const on = today();
  const from = `${on.slice(0, 4)}-01-01`;
  const units = await repo.listUnits(ctx.db, actor, { divisionCode, majorOnly: true }, on);
  const ids = units.map((u) => u.id);
  const [guarantors, checks, cycles, stats] = await Promise.all([
    reg.guarantorsOf(ctx.db, ids),
    reg.checksOf(ctx.db, ids, from),
    reg.dutyCycles(ctx.db),
    tasks.taskStats(ctx.db, ids, from, on),
  ]);
  const by = new Map<
    string,
    {
      enterpriseId: string;
      enterpriseName: string;
      divisionName: string;
      sources: number;
      missingGuarantors: number;
      evaluationGaps: number;
      periods: number;
      done: number;
    }
  >();
  for (const u of units) {
    const s = summaryOf(u, guarantors, on)!;
    const start = windowStart(u.registered_on, on);
    const p = progressOf(
      s,
      cycles,
      checks.filter((c) => c.unit_id === u.id),
      stats.filter((x) => x.unit_id === u.id),
      start,
      on,
    );
    const e = by.get(u.enterprise_id) ?? {
      enterpriseId: u.enterprise_id,
      enterpriseName: u.enterprise_name,
      divisionName: u.division_name,
      sources: 0,
      missingGuarantors: 0,
      evaluationGaps: 0,
      periods: 0,
      done: 0,
    };
    e.sources++;
    if (s.missingRoles.length) e.missingGuarantors++;
    if (s.evaluationStatus !== 'ok') e.evaluationGaps++;
    e.periods += p.periods;
    e.done += p.done;
    by.set(u.enterprise_id, e);
  }
  return {
    from,
    today: on,
    items: [...by.values()].map((e) => ({
      ...e,
      tasksDone: e.done,
      tasksDue: e.periods,
      rate: e.periods === 0 ? null : e.done / e.periods,
    })),
  };
}

/** The duty tasks in the actor's scope (a regulator's counties, an enterprise's own sources). */
export async function listTasks(
  ctx: AppContext,
  rc: RequestContext,
  f: { unitId?: string; status?: 'open' | 'overdue' | 'done' },
): Promise<DutyTaskDto[]> {
  const on = today();
  const rows = await tasks.listDutyTasks(ctx.db, requireActor(rc), f, on);
  return rows.map((t) => ({
    id: t.id,
    unitId: t.unit_id,
    unitName: t.unit_name,
    enterpriseName: t.enterprise_name,
    role: t.role as GuarantorRole,
    roleName: guarantorRoleNames[t.role as GuarantorRole],
    periodStart: t.period_start,
    periodEnd: t.period_end,
    dueOn: lastDay(t.period_end),
    doneAt: t.done_at ? new Date(t.done_at).toISOString() : null,
    checkId: t.check_id,
    overdue: !t.done_at && t.period_end <= on,
  }));
}
