import crypto from 'node:crypto';
import {
  AppError,
  type HazardState,
  type HazardStatus,
  type ListHazardsQuery,
  type RectificationPlan,
  type ReportHazardInput,
  type StepActor,
  availableActions,
  chinaDate,
  hazardPartyOf,
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

export const stepActor = (a: Actor): StepActor => ({
  party: hazardPartyOf(a.role),
  divisionCode: a.divisionCode,
});

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

export const stateOf = (r: {
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

export const eventUser = (a: Actor) => ({
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
