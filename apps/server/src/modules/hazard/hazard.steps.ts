import {
  type AcceptHazardInput,
  AppError,
  type AssessHazardInput,
  type HazardAction,
  type HazardState,
  type HazardStatus,
  type RejectHazardInput,
  type RequestAcceptanceInput,
  type StartRectificationInput,
  decideStep,
  hazardActionNames,
  hazardStatusNames,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { type Actor, type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { dispatchAfterCommit } from '../notification/index.ts';
import * as repo from './hazard.repository.ts';
import { notifyNextParty } from './hazard.notices.ts';
import type { HazardDetail } from './hazard.presenter.ts';
import { assertPhotos, eventUser, findInScope, getHazard, stateOf, stepActor } from './hazard.service.ts';

/*
 * The steps of the loop after the report (评估定级, 整改, 申请验收, 验收销号, 驳回). Each runs in its own
 * transaction from the hazard routes; 评估定级 and 验收销号 also run inside another module's transaction
 * (`assessHazardIn`, `acceptHazardIn`: a 现场检查 and its hazards commit together or not at all).
 */

interface Step {
  action: HazardAction;
  comment?: string | null;
  photos?: string[];
  /** The hazard as the step leaves it, besides the status (level, plan, 挂牌督办 …). */
  changes?: (h: NonNullable<Awaited<ReturnType<typeof repo.lockHazard>>>, actor: Actor) => repo.HazardChanges;
  /** What the machine must see with the step applied (a plan given with the step counts). */
  effective?: Partial<HazardState>;
  detail?: Record<string, unknown>;
  /** Checks of the input against the locked row (400 with the field), before the machine decides. */
  check?: (h: NonNullable<Awaited<ReturnType<typeof repo.lockHazard>>>) => void;
}

/**
 * One step of the loop: scope (404) → the machine decides on the locked row (409 illegal step with the
 * allowed ones, 403 wrong party, 409 missing 五落实) → the change, its event and its audit row in one transaction.
 */
async function takeStep(ctx: AppContext, rc: RequestContext, id: string, step: Step): Promise<HazardDetail> {
  const actor = requireActor(rc);
  await findInScope(ctx.db, actor, id);
  await assertPhotos(ctx.db, actor, step.photos);
  const deliveries = await ctx.db.transaction().execute((trx) => applyStep(trx, ctx, rc, actor, id, step));
  dispatchAfterCommit(ctx, deliveries);
  return getHazard(ctx, rc, id);
}

/**
 * The step inside the caller's transaction (scope and photos checked by the caller): the locked row, the
 * machine's decision, the change, its event and its audit row. Returns the notices to send after commit.
 */
async function applyStep(
  trx: Db,
  ctx: AppContext,
  rc: RequestContext,
  actor: Actor,
  id: string,
  step: Step,
): Promise<string[]> {
  const h = await repo.lockHazard(trx, id);
  if (!h) throw new AppError('NOT_FOUND', '隐患不存在');
  step.check?.(h);
  const state = { ...stateOf(h), ...step.effective };
  const d = decideStep(state, step.action, stepActor(actor));
  const name = hazardActionNames[step.action];
  if (!d.ok) {
    switch (d.problem) {
      case 'illegal_step':
        throw new AppError(
          'HAZARD_STEP_NOT_ALLOWED',
          `隐患当前为“${hazardStatusNames[state.status]}”，不能${name}`,
          {
            status: state.status,
            allowed: d.allowed.map((a) => ({ action: a, name: hazardActionNames[a] })),
          },
        );
      case 'wrong_party':
        throw new AppError(
          'FORBIDDEN',
          `“${name}”应由${d.by.map((p) => ({ regulator: '监管部门', enterprise: '企业', grid: '网格员', agency: '第三方机构' })[p]).join('、')}办理`,
        );
      case 'plan_required':
        throw new AppError(
          'HAZARD_PLAN_REQUIRED',
          undefined,
          d.missing.map((f) => ({ field: `plan.${f}`, message: '必填' })),
        );
      case 'listing_authority_only':
        throw new AppError('FORBIDDEN', '重大隐患须由挂牌督办单位验收销号', {
          listedByDivision: d.listedByDivision,
        });
    }
  }
  await repo.updateHazard(trx, id, { ...step.changes?.(h, actor), status: d.to, updated_at: new Date() });
  const eventId = await repo.insertEvent(trx, {
    hazard_id: id,
    division_code: h.division_code,
    action: step.action,
    from_status: h.status,
    to_status: d.to,
    ...eventUser(actor),
    comment: step.comment ?? null,
    photos: step.photos ?? [],
    detail: step.detail ? JSON.stringify(step.detail) : null,
  });
  await ctx.audit(trx, rc, {
    eventType: 'hazard',
    action: `hazard.${step.action}`,
    objectType: 'hazard',
    objectId: id,
    reason: step.comment ?? undefined,
    diff: { status: { before: h.status, after: d.to }, ...step.detail },
  });
  return notifyNextParty(trx, step.action, id, eventId, actor, step.comment ?? null);
}

/** 评估定级: level and deadline; a 重大隐患 is 挂牌督办 by the assessing authority with its own deadline. */
export function assessHazard(ctx: AppContext, rc: RequestContext, id: string, input: AssessHazardInput) {
  return takeStep(ctx, rc, id, assessStep(rc, input));
}

/**
 * 评估定级 of a hazard found just now, inside the finder's transaction (a 现场检查's finding): the same rules
 * as `assessHazard`, and a deadline before the day the hazard was found is refused (400 on `deadline`).
 * Returns the notices to send after the caller's commit (`dispatchAfterCommit`).
 */
export async function assessHazardIn(
  trx: Db,
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  input: AssessHazardInput,
): Promise<string[]> {
  const actor = requireActor(rc);
  const step = assessStep(rc, input);
  await findInScope(trx, actor, id);
  return applyStep(trx, ctx, rc, actor, id, {
    ...step,
    check: (h) => {
      if (input.deadline < h.reported_on)
        throw AppError.invalid([
          { field: 'deadline', message: `整改期限不能早于隐患发现日期（${h.reported_on}）` },
        ]);
    },
  });
}

function assessStep(rc: RequestContext, input: AssessHazardInput): Step {
  const major = input.level === '重大';
  if (major && !input.supervision)
    throw AppError.invalid([{ field: 'supervision.deadline', message: '重大隐患须挂牌督办并设督办期限' }]);
  if (major && !/^\d{6}$/.test(rc.actor?.divisionCode ?? ''))
    throw new AppError('FORBIDDEN', '重大隐患须由市、县（区）级监管部门挂牌督办');
  const listed = major
    ? {
        listed_by_division: rc.actor?.divisionCode ?? null,
        listed_by_name: input.supervision?.authority ?? rc.actor?.displayName ?? null,
        supervision_deadline: input.supervision?.deadline ?? null,
      }
    : { listed_by_division: null, listed_by_name: null, supervision_deadline: null };
  return {
    action: 'assess',
    comment: input.comment,
    changes: (_h, a) => ({
      level: input.level,
      deadline: input.deadline,
      ...(input.checklistItem && { checklist_item: input.checklistItem }),
      ...listed,
      assessed_by: a.userId,
      assessed_at: new Date(),
    }),
    detail: {
      level: input.level,
      deadline: input.deadline,
      ...(major && {
        supervision: {
          divisionCode: listed.listed_by_division,
          authority: listed.listed_by_name,
          deadline: listed.supervision_deadline,
        },
      }),
    },
  };
}

/** 开始整改 (the enterprise); a 重大隐患 needs the complete 五落实 plan, given now or before. */
export function startRectification(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  input: StartRectificationInput,
) {
  return takeStep(ctx, rc, id, {
    action: 'start_rectification',
    comment: input.comment,
    photos: input.photos,
    effective: input.plan ? { plan: input.plan } : undefined,
    check: (h) => {
      if (input.plan && input.plan.deadline <= h.reported_on)
        throw AppError.invalid([
          { field: 'plan.deadline', message: `整改期限应晚于隐患上报日期（${h.reported_on}）` },
        ]);
    },
    changes: () => (input.plan ? { plan: JSON.stringify(input.plan) } : {}),
    detail: input.plan ? { plan: input.plan } : undefined,
  });
}

/** 申请验收 (the enterprise), with what was done and photos. */
export function requestAcceptance(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  input: RequestAcceptanceInput,
) {
  return takeStep(ctx, rc, id, {
    action: 'request_acceptance',
    comment: input.comment,
    photos: input.photos,
    changes: (_h, a) => ({ rectified_by: a.userId }),
  });
}

/** 验收销号 (the regulator; for 重大 only the 挂牌督办 authority). */
export function acceptHazard(ctx: AppContext, rc: RequestContext, id: string, input: AcceptHazardInput) {
  return takeStep(ctx, rc, id, acceptStep(input));
}

const acceptStep = (input: AcceptHazardInput): Step => ({
  action: 'accept',
  comment: input.comment,
  photos: input.photos,
  changes: (_h, a) => ({ accepted_by: a.userId, accepted_at: new Date() }),
});

/** 验收不通过: back to rectifying with the reason. */
export function rejectHazard(ctx: AppContext, rc: RequestContext, id: string, input: RejectHazardInput) {
  return takeStep(ctx, rc, id, rejectStep(input));
}

const rejectStep = (input: RejectHazardInput): Step => ({
  action: 'reject',
  comment: input.reason,
  photos: input.photos,
  changes: () => ({ rejections: repo.oneMoreRejection, accepted_by: null }),
});

/**
 * 整改复查 of a hazard inside another module's transaction (an inspection's review on site), with the
 * routes' machine, scope and photo rules: rectified → 验收销号 (409 unless the enterprise has applied for
 * acceptance); not rectified → 验收不通过 if it had applied, else it stays as it is. Returns the hazard's
 * status after the review and the notices to send after the caller's commit.
 */
export async function reviewHazardIn(
  trx: Db,
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  review: { rectified: boolean; comment: string; photos?: string[] },
): Promise<{ status: HazardStatus; deliveries: string[] }> {
  const actor = requireActor(rc);
  await findInScope(trx, actor, id);
  await assertPhotos(trx, actor, review.photos);
  const h = await repo.lockHazard(trx, id);
  if (!h) throw new AppError('NOT_FOUND', '隐患不存在');
  const input = { comment: review.comment, photos: review.photos ?? [] };
  if (review.rectified)
    return { status: 'accepted', deliveries: await applyStep(trx, ctx, rc, actor, id, acceptStep(input)) };
  if (h.status !== 'acceptance_requested') return { status: h.status as HazardStatus, deliveries: [] };
  const step = rejectStep({ reason: review.comment, photos: input.photos });
  return { status: 'rectifying', deliveries: await applyStep(trx, ctx, rc, actor, id, step) };
}
