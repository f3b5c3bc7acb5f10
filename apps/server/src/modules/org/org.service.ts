import crypto from 'node:crypto';
import {
  AppError,
  type DepartmentInput,
  type DepartmentPatch,
  type ListDepartmentsQuery,
  isWithinDivision,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { type Actor, type RequestContext, requireActor } from '../../platform/access/actor.ts';
import { scopeKindOf } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import * as repo from './org.repository.ts';
import { presentDepartment, presentDivision } from './org.presenter.ts';
import { foundInScope } from '../../platform/access/found.ts';
import { toPage } from '../../platform/http/page.ts';

/** Children of a division in scope, or the actor's roots when no parent is given (lazy tree). */
export async function listDivisions(ctx: AppContext, rc: RequestContext, parent?: string) {
  const actor = requireActor(rc);
  const rows = parent
    ? await repo.childDivisions(ctx.db, actor, parent)
    : await repo.rootDivisions(ctx.db, actor, ctx.config.region);
  return rows.map(presentDivision);
}

export async function getDivision(ctx: AppContext, rc: RequestContext, code: string) {
  const row = foundInScope(await repo.findDivision(ctx.db, requireActor(rc), code), {
    type: 'division',
    id: code,
    label: '行政区划',
  });
  const path = await repo.divisionPath(ctx.db, code);
  return { code: row.code, name: row.name, level: row.level, parentCode: row.parent_code, path };
}

export async function listSectors(ctx: AppContext) {
  return repo.listSectors(ctx.db);
}

export async function listDepartments(ctx: AppContext, rc: RequestContext, q: ListDepartmentsQuery) {
  const { items, total } = await repo.listDepartments(ctx.db, requireActor(rc), q);
  return toPage(q, { items, total }, presentDepartment);
}

export async function getDepartment(ctx: AppContext, rc: RequestContext, id: string, db: Db = ctx.db) {
  const row = foundInScope(await repo.findDepartment(db, requireActor(rc), id), {
    type: 'department',
    id,
    label: '部门',
  });
  return presentDepartment(row);
}

/** The division must exist and lie in the actor's scope. */
async function assertDivisionUsable(db: Db, actor: Actor, code: string) {
  const exists = await repo.divisionExists(db, code);
  const visible =
    scopeKindOf(actor) === 'all' ||
    (actor.divisionCode !== null && isWithinDivision(code, actor.divisionCode));
  const issue = [{ field: 'divisionCode', message: '行政区划不存在或不在管辖范围内' }];
  if (!exists) throw AppError.invalid(issue);
  if (!visible) throw AppError.outOfScopeField(issue, 'division', code);
}

function duplicateName(e: unknown): never {
  if (e instanceof Error && 'code' in e && (e as { code?: string }).code === '23505') {
    throw new AppError('CONFLICT', '该区划下已有同名部门', [{ field: 'name', message: '部门名称重复' }]);
  }
  throw e;
}

export async function createDepartment(ctx: AppContext, rc: RequestContext, input: DepartmentInput) {
  const actor = requireActor(rc);
  const id = crypto.randomUUID();
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      await assertDivisionUsable(trx, actor, input.divisionCode);
      await repo.insertDepartment(trx, {
        id,
        name: input.name,
        short_name: input.shortName ?? null,
        division_code: input.divisionCode,
        sectors: input.sectors,
        duties: input.duties ?? null,
      });
      await ctx.audit(trx, rc, {
        eventType: 'org',
        action: 'department.create',
        objectType: 'department',
        objectId: id,
        diff: { after: input },
      });
    })
    .catch(duplicateName);
  return getDepartment(ctx, rc, id);
}

export async function updateDepartment(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  input: DepartmentPatch,
) {
  const actor = requireActor(rc);
  const before = await getDepartment(ctx, rc, id);
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      if (input.divisionCode) await assertDivisionUsable(trx, actor, input.divisionCode);
      await repo.updateDepartment(trx, id, {
        ...(input.name !== undefined && { name: input.name }),
        ...(input.shortName !== undefined && { short_name: input.shortName }),
        ...(input.divisionCode !== undefined && { division_code: input.divisionCode }),
        ...(input.sectors !== undefined && { sectors: input.sectors }),
        ...(input.duties !== undefined && { duties: input.duties }),
        updated_at: new Date(),
      });
      if (input.divisionCode) await repo.moveDepartmentUsers(trx, id, input.divisionCode);
      await ctx.audit(trx, rc, {
        eventType: 'org',
        action: 'department.update',
        objectType: 'department',
        objectId: id,
        diff: { before, after: input },
      });
    })
    .catch(duplicateName);
  return getDepartment(ctx, rc, id);
}

export async function deleteDepartment(ctx: AppContext, rc: RequestContext, id: string) {
  const before = await getDepartment(ctx, rc, id);
  if (before.userCount > 0)
    throw new AppError('CONFLICT', `该部门下还有 ${before.userCount} 个用户，不能删除`);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.deleteDepartment(trx, id);
    await ctx.audit(trx, rc, {
      eventType: 'org',
      action: 'department.delete',
      objectType: 'department',
      objectId: id,
      diff: { before },
    });
  });
}
