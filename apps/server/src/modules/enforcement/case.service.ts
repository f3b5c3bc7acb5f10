import crypto from 'node:crypto';
import {
  AppError,
  type CaseDetailDto,
  type CaseEvent,
  type CasePenaltyDto,
  type CaseState,
  type CaseStatus,
  type CaseStep,
  type CaseStepInput,
  type Clock,
  type CreateCaseInput,
  type ListCasesQuery,
  caseClocks,
  caseStatusNames,
  caseSteps,
  chinaDate,
  compileDocNumberPattern,
  formatDocNumber,
  lateSurcharge,
  newCase,
  applyStep,
  nextSteps,
  procedureRegulationAt,
  roleDefinition,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { type Actor, type RequestContext, requireActor } from '../../platform/access/actor.ts';
import { foundInScope } from '../../platform/access/found.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { workingCalendar } from '../calendar/index.ts';
import { enforcementRules } from './enforcement.reference.ts';
import { presentCaseSummary, presentClock, presentStep } from './enforcement.presenter.ts';
import * as repo from './enforcement.repository.ts';
import { caseDocumentPdf, caseDocuments, recordCaseStep } from './case-record.ts';

/** 行政处罚法 (2021修订) in force from this day: the shipped periods start here (a case filed earlier has none). */
const LAW_IN_FORCE = '2021-07-15';
const CASE_NO = compileDocNumberPattern('（{authority}）{kind}〔{year}〕{seq}号');
const CASE_KIND = '应急立';

export const today = () => chinaDate(new Date());
const permissionsOf = (actor: Actor) => roleDefinition(actor.role)?.permissions ?? [];

export const inScopeCase = async (db: Db, actor: Actor, id: string) =>
  foundInScope(await repo.findCase(db, actor, id), { type: 'enforcement_case', id, label: '案件' });

/** The events the clocks run from, read from the case and its steps (clocks.ts). */
export function eventsOf(row: { filed_on: string }, steps: readonly repo.StepRow[]): CaseEvent[] {
  const events: CaseEvent[] = [{ type: 'filed', date: row.filed_on }];
  for (const s of steps) {
    const d = s.detail ?? {};
    const date = s.on_date;
    switch (s.step) {
      case 'extend':
        events.push({ type: 'decisionExtended', date, days: Number(d.days ?? 0) });
        break;
      case 'notify':
        events.push({ type: 'noticeServed', date, hearingOffered: d.hearingOffered === true });
        break;
      case 'requestHearing':
        events.push({ type: 'hearingRequested', date });
        break;
      case 'decide':
        events.push({ type: 'decided', date, handedOver: d.handedOver === true });
        break;
      case 'notPunish':
        events.push({ type: 'notPunished', date });
        break;
      case 'transfer':
        events.push({ type: 'transferred', date });
        break;
      case 'withdraw':
        events.push({ type: 'withdrawn', date });
        break;
      case 'serve':
        events.push({
          type: d.serviceMethod === 'publicNotice' ? 'publicNoticePosted' : 'decisionServed',
          date,
        });
        break;
    }
    if (typeof d.paidOn === 'string') events.push({ type: 'paid', date: d.paidOn });
  }
  return events;
}

export async function clocksOf(
  ctx: AppContext,
  row: { filed_on: string },
  steps: readonly repo.StepRow[],
  day: string,
) {
  return caseClocks(eventsOf(row, steps), await workingCalendar(ctx.db), enforcementRules(), day);
}

/** The machine's view of a case: its flags and the user accounts of its 执法人员 (for 回避). */
async function stateOf(
  db: Db,
  actor: Actor,
  row: repo.CaseRow | NonNullable<Awaited<ReturnType<typeof repo.lockCase>>>,
): Promise<CaseState> {
  const officers = await repo.officersByIds(db, actor, row.investigator_ids);
  return {
    ...newCase(
      row.major,
      officers.flatMap((o) => (o.user_id ? [o.user_id] : [])),
    ),
    status: row.status as CaseStatus,
    hearingOffered: row.hearing_offered,
    legalReviewPassed: row.legal_review_passed,
    legalReviewReturnTo: row.legal_review_return_to as CaseState['legalReviewReturnTo'],
  };
}

export async function listCases(ctx: AppContext, rc: RequestContext, q: ListCasesQuery) {
  const actor = requireActor(rc);
  const { items, total, totalCapped } = await repo.listCases(ctx.db, actor, q);
  const steps = await repo.stepsOfCases(
    ctx.db,
    items.map((c) => c.id),
  );
  const day = today();
  const out = [];
  for (const c of items) {
    const clocks = await clocksOf(
      ctx,
      c,
      steps.filter((s) => s.case_id === c.id),
      day,
    );
    out.push(presentCaseSummary(c, clocks));
  }
  return { items: out, total, totalCapped, page: q.page, pageSize: q.pageSize };
}

export async function getCase(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  day = today(),
): Promise<CaseDetailDto> {
  const actor = requireActor(rc);
  const row = await inScopeCase(ctx.db, actor, id);
  const [steps, officers, state, documents] = await Promise.all([
    repo.stepsOf(ctx.db, id),
    repo.officersByIds(ctx.db, actor, row.investigator_ids),
    stateOf(ctx.db, actor, row),
    caseDocuments(ctx.db, actor, id),
  ]);
  const clocks = await clocksOf(ctx, row, steps, day);
  const byId = new Map(officers.map((o) => [o.id, o]));
  return {
    ...presentCaseSummary(row, clocks),
    facts: row.facts,
    investigators: row.investigator_ids.flatMap((i) => {
      const o = byId.get(i);
      return o ? [{ id: o.id, name: o.name, certNo: o.cert_no }] : [];
    }),
    hearingOffered: row.hearing_offered,
    legalReviewPassed: row.legal_review_passed,
    handedOver: row.handed_over,
    serviceMethod: row.service_method as CaseDetailDto['serviceMethod'],
    paidOn: row.paid_on,
    penalty: row.penalty,
    clocks: clocks.map(presentClock),
    lateSurcharge: surchargeOf(row.penalty, clocks, row.paid_on, day),
    steps: steps.map(presentStep),
    documents: documents.map((d) => ({ ...d, status: d.status as 'valid' | 'withdrawn' })),
    nextSteps: nextSteps(state, { userId: actor.userId, permissions: permissionsOf(actor) }).map((s) => ({
      step: s,
      name: caseSteps[s].name,
    })),
  };
}

/** 加处罚款 when the payment period has run out (行政处罚法 第七十二条), up to the payment or today. */
function surchargeOf(
  penalty: CasePenaltyDto | null,
  clocks: readonly Clock[],
  paidOn: string | null,
  day: string,
) {
  const pay = clocks.find((c) => c.id === 'payment');
  if (!pay || !penalty?.amount || (pay.status !== 'breached' && pay.status !== 'metLate')) return null;
  const s = lateSurcharge(enforcementRules(), {
    fineFen: Math.round(penalty.amount * 100),
    lastDayToPay: pay.due,
    until: paidOn ?? day,
  });
  return { days: s.days, amount: s.surchargeFen / 100, capped: s.capped, basis: s.basis };
}

export function checkDay(field: string, on: string, notBefore: string, day: string) {
  if (on > day) throw AppError.invalid([{ field, message: '日期不能晚于今天' }]);
  if (on < notBefore) throw AppError.invalid([{ field, message: `日期不能早于上一步（${notBefore}）` }]);
}

export const procedureOn = (on: string) => {
  const p = procedureRegulationAt(enforcementRules(), on);
  return JSON.stringify({ title: p.title, number: p.number, version: p.basis.version });
};

/** 立案: the party in scope, at least two active 执法人员 of the actor's scope; numbered per authority and year. */
export async function createCase(ctx: AppContext, rc: RequestContext, input: CreateCaseInput) {
  const actor = requireActor(rc);
  const authority = actor.divisionCode;
  if (!authority || !/^\d{6}$/.test(authority))
    throw new AppError('FORBIDDEN', '立案须由市、县（区）级执法部门办理');
  const day = today();
  const filedOn = input.filedOn ?? day;
  if (filedOn > day) throw AppError.invalid([{ field: 'filedOn', message: '立案日期不能晚于今天' }]);
  if (filedOn < LAW_IN_FORCE)
    throw AppError.invalid([
      { field: 'filedOn', message: `立案日期不能早于 ${LAW_IN_FORCE}（现行行政处罚法施行日）` },
    ]);
  const e = foundInScope(await repo.enterpriseForCase(ctx.db, actor, input.enterpriseId), {
    type: 'enterprise',
    id: input.enterpriseId,
    label: '企业',
    field: 'enterpriseId',
  });
  const officers = await repo.officersByIds(ctx.db, actor, input.investigatorIds);
  const issues = input.investigatorIds.flatMap((id, i) => {
    const o = officers.find((x) => x.id === id);
    if (!o || !o.in_scope) return [{ field: `investigatorIds.${i}`, message: '执法人员不存在' }];
    if (!o.active) return [{ field: `investigatorIds.${i}`, message: `${o.name} 已停用` }];
    if (o.conflict_enterprise_ids.includes(e.id))
      return [{ field: `investigatorIds.${i}`, message: `${o.name} 申报了与该企业的利害关系，应当回避` }];
    return [];
  });
  if (issues.length) throw AppError.invalid(issues);
  const id = crypto.randomUUID();
  const authorityName = (await repo.divisionName(ctx.db, authority)).replace(/(市|县|区)$/, '') || authority;
  await ctx.db.transaction().execute(async (trx) => {
    const year = Number(filedOn.slice(0, 4));
    const seq = await repo.nextCaseSeq(trx, authority, year);
    const caseNo = formatDocNumber(CASE_NO, { authority: authorityName, kind: CASE_KIND, year, seq });
    await repo.insertCase(trx, {
      id,
      case_no: caseNo,
      division_code: e.division_code,
      sector: e.sector,
      authority_division: authority,
      enterprise_id: e.id,
      title: input.title,
      facts: input.facts ?? null,
      source: input.source,
      status: 'filed',
      major: input.major,
      investigator_ids: input.investigatorIds,
      filed_on: filedOn,
      created_by: actor.userId,
    });
    await repo.insertStep(trx, {
      case_id: id,
      division_code: e.division_code,
      step: 'file',
      from_status: null,
      to_status: 'filed',
      on_date: filedOn,
      user_id: actor.userId,
      user_name: actor.displayName,
      comment: input.facts ?? null,
      detail: JSON.stringify({ caseNo, major: input.major, investigatorIds: input.investigatorIds }),
      procedure: procedureOn(filedOn),
    });
    await ctx.audit(trx, rc, {
      eventType: 'enforcement',
      action: 'enforcement.case.file',
      objectType: 'enforcement_case',
      objectId: id,
      diff: { after: { caseNo, ...input, filedOn } },
    });
    await recordCaseStep(
      ctx,
      trx,
      rc,
      {
        id,
        case_no: caseNo,
        facts: input.facts ?? null,
        division_code: e.division_code,
        authority_division: authority,
        enterprise_id: e.id,
        penalty: null,
      },
      'file',
      {
        on: filedOn,
        title: input.title,
        source: input.source,
        major: input.major,
        investigatorIds: input.investigatorIds,
      },
    );
  });
  return getCase(ctx, rc, id);
}

/** What a step needs besides the machine's say (the day, and the step's own fields). */
function stepFields(step: CaseStep, input: CaseStepInput, row: repo.CaseRow) {
  const need = (field: keyof CaseStepInput, message: string) => {
    if (input[field] === undefined) throw AppError.invalid([{ field, message }]);
  };
  const changes: repo.CaseChanges = {};
  const detail: Record<string, unknown> = {};
  if (step === 'notify' || step === 'decide') {
    if (!row.penalty)
      throw AppError.invalid([{ field: 'penalty', message: '请先拟定处罚（罚款条款与金额）' }]);
    detail.penalty = { fineId: row.penalty.fineId, value: row.penalty.value, amount: row.penalty.amount };
  }
  if (step === 'notify') {
    need('hearingOffered', '请说明告知书是否告知听证权利（行政处罚法 第六十三条）');
    detail.hearingOffered = input.hearingOffered;
  }
  if (step === 'decide') {
    need('handedOver', '请说明决定书是否当场交付当事人（行政处罚法 第六十一条）');
    changes.handed_over = input.handedOver;
    detail.handedOver = input.handedOver;
  }
  if (step === 'serve') {
    need('serviceMethod', '请选择送达方式');
    changes.service_method = input.serviceMethod;
    detail.serviceMethod = input.serviceMethod;
  }
  if (input.paidOn !== undefined) {
    if (step !== 'execute' && step !== 'close')
      throw AppError.invalid([{ field: 'paidOn', message: '缴款日期只能在执行或结案时登记' }]);
    if (row.paid_on) throw AppError.invalid([{ field: 'paidOn', message: `已登记缴款（${row.paid_on}）` }]);
    changes.paid_on = input.paidOn;
    detail.paidOn = input.paidOn;
  }
  if (step === 'close' && row.penalty?.amount && !row.paid_on && input.paidOn === undefined)
    throw AppError.invalid([{ field: 'paidOn', message: '罚款尚未缴纳，不能结案（请登记缴款日期）' }]);
  return { changes, detail };
}

/**
 * One step of the case: scope (404) → the machine decides on the locked row (409 with the allowed steps,
 * 403 without the step's permission, 409 回避 / 法制审核 / 听证) → status, step row and audit row in one transaction.
 */
export async function takeStep(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  input: CaseStepInput,
  /** Where the QR codes of the documents it issues point when ANJIAN_PUBLIC_ORIGIN is unset. */
  origin?: string,
) {
  const actor = requireActor(rc);
  const step = input.step as CaseStep;
  await inScopeCase(ctx.db, actor, id);
  const day = today();
  const on = input.on ?? day;
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.lockCase(trx, id);
    if (!locked) throw new AppError('NOT_FOUND', '案件不存在');
    const row = (await repo.findCase(trx, actor, id))!;
    const state = await stateOf(trx, actor, locked);
    const result = applyStep(
      state,
      step,
      { userId: actor.userId, permissions: permissionsOf(actor) },
      {
        hearingOffered: input.hearingOffered,
      },
    );
    if (!result.ok) {
      const e = result.error;
      if (e.code === 'ENFORCEMENT_STEP_NOT_ALLOWED')
        throw new AppError(
          e.code,
          `案件当前为“${caseStatusNames[state.status]}”，不能${caseSteps[step].name}`,
          {
            status: state.status,
            allowed: (e.details as { allowed: CaseStep[] }).allowed.map((s) => ({
              step: s,
              name: caseSteps[s].name,
            })),
          },
        );
      throw e;
    }
    const steps = await repo.stepsOf(trx, id);
    // The proposal of a fine is dated when entered, not a procedural step: it does not order the steps.
    const lastDay = steps
      .filter((s) => s.step !== 'penalty')
      .reduce((a, s) => (s.on_date > a ? s.on_date : a), locked.filed_on);
    checkDay('on', on, lastDay, day);
    if (input.paidOn) {
      const decided = steps.find((s) => s.step === 'decide')?.on_date ?? lastDay;
      checkDay('paidOn', input.paidOn, decided, day);
    }
    const { changes, detail } = stepFields(step, input, row);
    const next = result.state;
    await repo.updateCase(trx, id, {
      ...changes,
      status: next.status,
      hearing_offered: next.hearingOffered,
      legal_review_passed: next.legalReviewPassed,
      legal_review_return_to: next.legalReviewReturnTo,
    });
    await repo.insertStep(trx, {
      case_id: id,
      division_code: locked.division_code,
      step,
      from_status: state.status,
      to_status: next.status,
      on_date: on,
      user_id: actor.userId,
      user_name: actor.displayName,
      comment: input.comment ?? null,
      detail: Object.keys(detail).length ? JSON.stringify(detail) : null,
      procedure: procedureOn(on),
    });
    await ctx.audit(trx, rc, {
      eventType: 'enforcement',
      action: `enforcement.case.${step}`,
      objectType: 'enforcement_case',
      objectId: id,
      reason: input.comment,
      diff: { status: { before: state.status, after: next.status }, on, ...detail },
    });
    const record = { on, from: state.status, to: next.status, comment: input.comment ?? null, ...detail };
    await recordCaseStep(ctx, trx, rc, row, step, record, origin);
  });
  return getCase(ctx, rc, id);
}

/** A document of a case in scope: the office's, or one served on the enterprise that reads it. */
export async function caseDocumentFile(ctx: AppContext, rc: RequestContext, id: string, documentId: string) {
  const actor = requireActor(rc);
  await inScopeCase(ctx.db, actor, id);
  return caseDocumentPdf(ctx.db, actor, id, documentId);
}
