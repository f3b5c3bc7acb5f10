import crypto from 'node:crypto';
import {
  type AcceptHazardInput,
  AppError,
  type AssessHazardInput,
  type HazardAction,
  type HazardState,
  type HazardStatus,
  type ListHazardsQuery,
  type RectificationPlan,
  type RejectHazardInput,
  type ReportHazardInput,
  type RequestAcceptanceInput,
  type StartRectificationInput,
  type StepActor,
  availableActions,
  chinaDate,
  decideStep,
  hazardActionNames,
  hazardPartyOf,
  hazardStatusNames,
  sourcesByParty,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import {
  type Actor,
  type RequestContext,
  can,
  requireActor,
  systemContext,
} from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import * as repo from './hazard.repository.ts';
import { assertAttachable } from './hazard.photos.ts';
import { type HazardDetail, presentHazard, presentHazardSummary } from './hazard.presenter.ts';
import { foundInScope } from '../../platform/access/found.ts';
import { toPage } from '../../platform/http/page.ts';
import { dispatchAfterCommit } from '../notification/index.ts';
import { notifyNextParty } from './hazard.notices.ts';

const stepActor = (a: Actor): StepActor => ({ party: hazardPartyOf(a.role), divisionCode: a.divisionCode });

export async function listHazards(
  ctx: AppContext,
  rc: RequestContext,
  q: ListHazardsQuery,
  now = new Date(),
) {
  const { items, total, totalCapped } = await repo.listHazards(ctx.db, requireActor(rc), q, chinaDate(now));
  return toPage(q, { items, total, totalCapped }, (r) => presentHazardSummary(r, now));
}

/** A hazard in the actor's scope; outside it, 404 with a denied-access audit row (AC-06). */
export async function findInScope(db: Db, actor: Actor, id: string) {
  const row = foundInScope(await repo.findHazard(db, actor, id), { type: 'hazard', id, label: '隐患' });
  return row;
}

const stateOf = (r: {
  status: string;
  level: string;
  plan: RectificationPlan | null;
  listed_by_division: string | null;
}): HazardState => ({
  status: r.status as HazardStatus,
  level: r.level as HazardState['level'],
  plan: r.plan,
  listedByDivision: r.listed_by_division,
});

/** Detail with the event history and the steps the signed-in user may take now. */
export async function getHazard(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  now = new Date(),
): Promise<HazardDetail> {
  const actor = requireActor(rc);
  const row = await findInScope(ctx.db, actor, id);
  return presentHazard(
    row,
    await repo.events(ctx.db, id),
    availableActions(stateOf(row), stepActor(actor)),
    now,
  );
}

/** Only the actor's own uploads, or photos already in its scope, may be attached (hazard.photos.ts). */
export async function assertPhotos(db: Db, actor: Actor, photos: string[] | undefined) {
  await assertAttachable(db, actor, photos ?? []);
}

const eventUser = (a: Actor) => ({
  user_id: a.userId,
  username: a.username,
  display_name: a.displayName,
  role_code: a.role,
});

/** Reports a hazard on an enterprise in the reporter's scope; the source must fit who reports it. */
export async function reportHazard(
  ctx: AppContext,
  rc: RequestContext,
  input: ReportHazardInput,
): Promise<HazardDetail> {
  const actor = requireActor(rc);
  const party = hazardPartyOf(actor.role);
  if (!party) throw new AppError('FORBIDDEN');
  if (!sourcesByParty[party].includes(input.source)) {
    throw AppError.invalid([
      { field: 'source', message: `此账号上报的隐患来源应为：${sourcesByParty[party].join('、')}` },
    ]);
  }
  const enterprise = foundInScope(await repo.reportableEnterprise(ctx.db, actor, input.enterpriseId), {
    type: 'enterprise',
    id: input.enterpriseId,
    label: '企业',
    field: 'enterpriseId',
  });
  await assertPhotos(ctx.db, actor, input.photos);
  const { id, deliveries } = await ctx.db
    .transaction()
    .execute((trx) => insertReport(trx, ctx, rc, enterprise, input));
  dispatchAfterCommit(ctx, deliveries);
  return getHazard(ctx, rc, id);
}

/**
 * The report itself, inside the caller's transaction: the hazard row, its first event and the audit row.
 * Shared with self-inspection, where hazards found are reported with the task's record.
 */
export async function insertReportedHazard(
  trx: Db,
  ctx: AppContext,
  rc: RequestContext,
  enterprise: { id: string; division_code: string; sector: string },
  input: ReportHazardInput,
): Promise<string> {
  // The outbox rows of the 待评估 notice are sent by the notification module's retry job (within a minute).
  return (await insertReport(trx, ctx, rc, enterprise, input)).id;
}

async function insertReport(
  trx: Db,
  ctx: AppContext,
  rc: RequestContext,
  enterprise: { id: string; division_code: string; sector: string },
  input: ReportHazardInput,
): Promise<{ id: string; deliveries: string[] }> {
  const actor = requireActor(rc);
  // Reached from other modules (self-inspection) whose routes check their own permission, not this one.
  if (!can(actor, 'hazard.report')) throw new AppError('FORBIDDEN', '此账号无权上报隐患');
  return insertHazardReport(trx, ctx, rc, actor, enterprise, input);
}

/**
 * A hazard the platform itself finds (an online-monitoring alarm sustained past its configured time):
 * reported by nobody, audited as the system (systemContext), then the same loop as any report.
 */
export async function insertDetectedHazard(
  trx: Db,
  ctx: AppContext,
  enterprise: { id: string; division_code: string; sector: string },
  input: ReportHazardInput,
): Promise<string> {
  return (await insertHazardReport(trx, ctx, systemContext, null, enterprise, input)).id;
}

async function insertHazardReport(
  trx: Db,
  ctx: AppContext,
  rc: RequestContext,
  actor: Actor | null,
  enterprise: { id: string; division_code: string; sector: string },
  input: ReportHazardInput,
): Promise<{ id: string; deliveries: string[] }> {
  const id = crypto.randomUUID();
  await repo.insertHazard(trx, {
    id,
    enterprise_id: enterprise.id,
    division_code: enterprise.division_code,
    sector: enterprise.sector,
    source: input.source,
    location: input.location,
    description: input.description,
    checklist_item: input.checklistItem ?? null,
    level: input.level,
    found_at: input.foundAt ? new Date(input.foundAt) : new Date(),
    reported_by: actor?.userId ?? null,
  });
  const eventId = await repo.insertEvent(trx, {
    hazard_id: id,
    division_code: enterprise.division_code,
    action: 'report',
    from_status: null,
    to_status: 'reported',
    ...(actor ? eventUser(actor) : { user_id: null, username: null, display_name: '系统', role_code: null }),
    comment: input.description,
    photos: input.photos ?? [],
  });
  await ctx.audit(trx, rc, {
    eventType: 'hazard',
    action: 'hazard.report',
    objectType: 'hazard',
    objectId: id,
    diff: { after: input },
  });
  const deliveries = await notifyNextParty(trx, 'report', id, eventId, actor, null);
  return { id, deliveries };
}

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
  const deliveries = await ctx.db.transaction().execute(async (trx) => {
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
  });
  dispatchAfterCommit(ctx, deliveries);
  return getHazard(ctx, rc, id);
}

/** 评估定级: level and deadline; a 重大隐患 is 挂牌督办 by the assessing authority with its own deadline. */
export function assessHazard(ctx: AppContext, rc: RequestContext, id: string, input: AssessHazardInput) {
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
  return takeStep(ctx, rc, id, {
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
  });
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
  return takeStep(ctx, rc, id, {
    action: 'accept',
    comment: input.comment,
    photos: input.photos,
    changes: (_h, a) => ({ accepted_by: a.userId, accepted_at: new Date() }),
  });
}

/** 验收不通过: back to rectifying with the reason. */
export function rejectHazard(ctx: AppContext, rc: RequestContext, id: string, input: RejectHazardInput) {
  return takeStep(ctx, rc, id, {
    action: 'reject',
    comment: input.reason,
    photos: input.photos,
    changes: () => ({ rejections: repo.oneMoreRejection, accepted_by: null }),
  });
}
