import crypto from 'node:crypto';
import {
  AppError,
  type CreateEnterpriseInput,
  type EnterpriseFilter,
  EnterpriseLimits,
  type EnterpriseStatusInput,
  type ListEnterprisesQuery,
  type Permission,
  type UpdateEnterpriseInput,
  diffFields,
  enterpriseStatusNames,
  fieldsNotOwnedByEnterprise,
  validateCreditCode,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { type Actor, type RequestContext, can, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import * as repo from './enterprise.repository.ts';
import {
  type EnterpriseDetail,
  presentChange,
  presentEnterprise,
  presentEnterpriseSummary,
} from './enterprise.presenter.ts';
import {
  assertPlacement,
  duplicateCreditCode,
  recordChange,
  rowAsInput,
  toColumns,
} from './enterprise.write.ts';
import { foundInScope } from '../../platform/access/found.ts';
import { toPage } from '../../platform/http/page.ts';

export function requirePermission(actor: Actor, permission: Permission) {
  if (!can(actor, permission)) throw new AppError('FORBIDDEN');
}

export async function listEnterprises(ctx: AppContext, rc: RequestContext, q: ListEnterprisesQuery) {
  const { items, total, totalCapped } = await repo.listEnterprises(ctx.db, requireActor(rc), q);
  return toPage(q, { items, total, totalCapped }, presentEnterpriseSummary);
}

/** An enterprise inside the actor's scope; outside it, 404 with a denied-access audit row (AC-06). */
export async function getEnterprise(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  db: Db = ctx.db,
): Promise<EnterpriseDetail> {
  const row = foundInScope(await repo.findEnterprise(db, requireActor(rc), id), {
    type: 'enterprise',
    id,
    label: '企业',
  });
  return presentEnterprise(row, await repo.statusHistory(db, id));
}

/** Registers an enterprise (regulators, inside their own division / sectors). */
export async function createEnterprise(ctx: AppContext, rc: RequestContext, input: CreateEnterpriseInput) {
  const actor = requireActor(rc);
  requirePermission(actor, 'enterprise.write');
  const id = crypto.randomUUID();
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      await assertPlacement(trx, actor, input.divisionCode, input.sector, input.secondarySectors ?? []);
      await repo.insertEnterprise(trx, {
        id,
        ...toColumns(input),
        credit_code: input.creditCode,
        name: input.name,
        division_code: input.divisionCode,
        sector: input.sector,
      });
      const changes = diffFields({}, input);
      await recordChange(trx, actor, id, 'create', changes);
      await ctx.audit(trx, rc, {
        eventType: 'enterprise',
        action: 'enterprise.create',
        objectType: 'enterprise',
        objectId: id,
        diff: { after: input },
      });
    })
    .catch(duplicateCreditCode);
  return getEnterprise(ctx, rc, id);
}

/**
 * Edits an enterprise. Regulators (enterprise.write) edit every field inside their scope; an enterprise
 * account (enterprise.self) edits only the fields it owns on its own record. Every real change lands in
 * the change log the regulator reads, with the audit row, in one transaction.
 */
export async function updateEnterprise(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  input: UpdateEnterpriseInput,
) {
  const actor = requireActor(rc);
  await getEnterprise(ctx, rc, id); // 404 / out of scope first
  if (!can(actor, 'enterprise.write')) {
    requirePermission(actor, 'enterprise.self');
    const notOwned = fieldsNotOwnedByEnterprise(input);
    if (notOwned.length)
      throw new AppError(
        'FORBIDDEN',
        '企业账号只能修改本企业自行维护的信息',
        notOwned.map((f) => ({ field: `body.${f}`, message: '由监管部门维护' })),
      );
  }
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      const before = await repo.lockEnterprise(trx, id);
      if (!before) throw new AppError('NOT_FOUND', '企业不存在');
      const changes = diffFields(rowAsInput(before), input);
      if (Object.keys(changes).length === 0) return;
      if (
        input.divisionCode !== undefined ||
        input.sector !== undefined ||
        input.secondarySectors !== undefined
      ) {
        await assertPlacement(
          trx,
          actor,
          input.divisionCode ?? before.division_code,
          input.sector ?? before.sector,
          input.secondarySectors ?? before.secondary_sectors,
        );
      }
      await repo.updateEnterprise(trx, id, {
        ...toColumns(input),
        ...(input.creditCode !== undefined && { credit_code: input.creditCode }),
        ...(input.name !== undefined && { name: input.name }),
        ...(input.divisionCode !== undefined && { division_code: input.divisionCode }),
        ...(input.sector !== undefined && { sector: input.sector }),
        updated_at: new Date(),
      });
      await recordChange(trx, actor, id, 'update', changes);
      await ctx.audit(trx, rc, {
        eventType: 'enterprise',
        action: 'enterprise.update',
        objectType: 'enterprise',
        objectId: id,
        diff: changes,
      });
    })
    .catch(duplicateCreditCode);
  return getEnterprise(ctx, rc, id);
}

/** 正常 / 停产整顿 / 关闭 / 取缔, with the reason kept in the status history. */
export async function changeEnterpriseStatus(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  input: EnterpriseStatusInput,
) {
  const actor = requireActor(rc);
  requirePermission(actor, 'enterprise.write');
  await getEnterprise(ctx, rc, id);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.lockEnterprise(trx, id);
    if (!before) throw new AppError('NOT_FOUND', '企业不存在');
    if (before.status === input.status)
      throw new AppError('CONFLICT', `企业已是“${enterpriseStatusNames[input.status]}”状态`, [
        { field: 'status', message: '状态未变化' },
      ]);
    const effectiveOn = input.effectiveOn ?? new Date().toISOString().slice(0, 10);
    await repo.insertEnterpriseStatusChange(trx, {
      enterprise_id: id,
      division_code: repo.divisionOfEnterprise(id),
      from_status: before.status,
      to_status: input.status,
      reason: input.reason,
      effective_on: effectiveOn,
      user_id: actor.userId,
      username: actor.username,
    });
    await repo.updateEnterprise(trx, id, { status: input.status, updated_at: new Date() });
    const changes = { status: { before: before.status, after: input.status } };
    await recordChange(trx, actor, id, 'status', changes);
    await ctx.audit(trx, rc, {
      eventType: 'enterprise',
      action: 'enterprise.status',
      objectType: 'enterprise',
      objectId: id,
      reason: input.reason,
      diff: changes,
    });
  });
  return getEnterprise(ctx, rc, id);
}

/** The field-level change log of one enterprise (e.g. what its own account edited). */
export async function listChanges(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  q: { page: number; pageSize: number; byEnterprise?: 'true' | 'false' },
) {
  await getEnterprise(ctx, rc, id);
  const byEnterprise = q.byEnterprise === undefined ? undefined : q.byEnterprise === 'true';
  const { items, total } = await repo.changeLog(ctx.db, id, {
    page: q.page,
    pageSize: q.pageSize,
    byEnterprise,
  });
  return toPage(q, { items, total }, presentChange);
}

/** Enterprises with coordinates for the map, scoped and filtered like the list. */
export async function mapEnterprises(ctx: AppContext, rc: RequestContext, f: EnterpriseFilter) {
  const max = EnterpriseLimits.mapPointsMax;
  const rows = await repo.mapPoints(ctx.db, requireActor(rc), f, max + 1);
  const items = rows.slice(0, max).map((r) => ({
    id: r.id,
    name: r.name,
    sector: r.sector,
    status: r.status,
    divisionCode: r.division_code,
    lon: r.longitude ?? 0,
    lat: r.latitude ?? 0,
  }));
  return { items, total: items.length, truncated: rows.length > max };
}

/** Live check for the form (GB 32100-2015); the reason is Chinese text for the field. */
export function checkCreditCode(code: string) {
  const r = validateCreditCode(code);
  return r.valid ? { valid: true, code: r.code } : { valid: false, reason: r.reason, problem: r.problem };
}
