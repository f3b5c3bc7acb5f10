import {
  AppError,
  type CaseExtensionInput,
  type CasePenaltyDto,
  type CasePenaltyInput,
  type CaseStatus,
  type DiscretionBenchmark,
  caseStatusNames,
  checkProposedFine,
  findFine,
} from '@anjian/domain';
import { type RequestContext, can, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { checkDay, getCase, inScopeCase, procedureOn, today } from './case.service.ts';
import { penaltyLaw } from './enforcement.reference.ts';
import * as repo from './enforcement.repository.ts';
import { recordCaseStep } from './case-record.ts';

// A case's proposed penalty and the extensions of its decision period: changes beside the step machine.

/** The proposal may change while the facts are being established, not once the party was told of it. */
const PENALTY_STATES: readonly CaseStatus[] = ['investigating', 'reviewing', 'heard'];

/** 拟定处罚: checked against the statute and the authority's 裁量基准 in force; outside the band needs a reason. */
export async function proposePenalty(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  input: CasePenaltyInput,
) {
  const actor = requireActor(rc);
  if (!can(actor, 'enforcement.case.investigate'))
    throw new AppError('FORBIDDEN', '拟定处罚须由本案执法人员办理');
  const row = await inScopeCase(ctx.db, actor, id);
  const law = penaltyLaw();
  const ref = findFine(law, input.fineId);
  if (!ref) throw AppError.invalid([{ field: 'fineId', message: `没有罚款条款 ${input.fineId}` }]);
  const day = today();
  const found = await repo.benchmarkFor(ctx.db, row.authority_division, day);
  const benchmark: DiscretionBenchmark | undefined = found?.document;
  const check = checkProposedFine(law, input, benchmark);
  if (!check.ok) {
    const field =
      check.error === 'ENFORCEMENT_FINE_REASON_REQUIRED'
        ? 'reason'
        : check.message.includes('违法所得')
          ? 'illegalGains'
          : check.message.includes('情节')
            ? 'circumstance'
            : 'value';
    throw new AppError(check.error ?? 'VALIDATION_FAILED', check.message, [
      { field, message: check.message },
    ]);
  }
  const amount = ref.fine.kind === 'incomePercent' ? null : input.value;
  const penalty: CasePenaltyDto = {
    fineId: input.fineId,
    value: input.value,
    amount,
    illegalGains: input.illegalGains ?? null,
    circumstance: input.circumstance ?? null,
    reason: input.reason?.trim() || null,
    reasonRequired: check.reasonRequired,
    message: check.message,
    citation: check.citation,
    lawVersion: check.lawVersion,
    statutory: check.statutory,
    ...(check.band ? { band: check.band } : {}),
  };
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.lockCase(trx, id);
    if (!locked) throw new AppError('NOT_FOUND', '案件不存在');
    if (!PENALTY_STATES.includes(locked.status as CaseStatus))
      throw new AppError(
        'ENFORCEMENT_STEP_NOT_ALLOWED',
        `案件当前为“${caseStatusNames[locked.status as CaseStatus]}”，不能拟定或修改处罚`,
        {
          status: locked.status,
          allowed: [],
        },
      );
    await repo.updateCase(trx, id, { penalty: JSON.stringify(penalty) });
    await repo.insertStep(trx, {
      case_id: id,
      division_code: locked.division_code,
      step: 'penalty',
      from_status: locked.status,
      to_status: locked.status,
      on_date: day,
      user_id: actor.userId,
      user_name: actor.displayName,
      comment: penalty.reason,
      detail: JSON.stringify(penalty),
      procedure: null,
    });
    await ctx.audit(trx, rc, {
      eventType: 'enforcement',
      action: 'enforcement.case.penalty',
      objectType: 'enforcement_case',
      objectId: id,
      reason: penalty.reason ?? undefined,
      diff: { before: locked.penalty, after: penalty },
    });
    await recordCaseStep(ctx, trx, rc, locked, 'penalty', { on: day, ...penalty });
  });
  return getCase(ctx, rc, id);
}

/** An approved extension of the decision period, recorded with its days (第六十条). */
export async function extendDecision(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  input: CaseExtensionInput,
) {
  const actor = requireActor(rc);
  if (!can(actor, 'enforcement.case.decide')) throw new AppError('FORBIDDEN', '延长办案期限须经负责人批准');
  await inScopeCase(ctx.db, actor, id);
  const day = today();
  const on = input.on ?? day;
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.lockCase(trx, id);
    if (!locked) throw new AppError('NOT_FOUND', '案件不存在');
    if (
      !['filed', 'investigating', 'reviewing', 'legal_review', 'notified', 'hearing', 'heard'].includes(
        locked.status,
      )
    )
      throw new AppError('ENFORCEMENT_STEP_NOT_ALLOWED', '案件已作出处理决定，不能延长办案期限', {
        status: locked.status,
        allowed: [],
      });
    checkDay('on', on, locked.filed_on, day);
    await repo.insertStep(trx, {
      case_id: id,
      division_code: locked.division_code,
      step: 'extend',
      from_status: locked.status,
      to_status: locked.status,
      on_date: on,
      user_id: actor.userId,
      user_name: actor.displayName,
      comment: input.reason,
      detail: JSON.stringify({ days: input.days }),
      procedure: procedureOn(on),
    });
    await ctx.audit(trx, rc, {
      eventType: 'enforcement',
      action: 'enforcement.case.extend',
      objectType: 'enforcement_case',
      objectId: id,
      reason: input.reason,
      diff: { days: input.days, on },
    });
    await recordCaseStep(ctx, trx, rc, locked, 'extend', { on, days: input.days, reason: input.reason });
  });
  return getCase(ctx, rc, id);
}
