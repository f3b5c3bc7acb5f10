import crypto from 'node:crypto';
import {
  AppError,
  type AgencyInput,
  type AgencyPatch,
  type ContractInput,
  type ListAgenciesQuery,
  type ListVisitsQuery,
  type StaffInput,
  type VisitInput,
  isWithinDivision,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { type Actor, type RequestContext, scopeKindOf, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { divisionOfEnterprise, getEnterprise } from '../enterprise/index.ts';
import * as repo from './agency.repository.ts';
import { presentAgency, presentContract, presentStaff, presentVisit } from './agency.presenter.ts';
import { foundInScope } from '../../platform/access/found.ts';
import { toPage } from '../../platform/http/page.ts';

const today = () => new Date().toISOString().slice(0, 10);

export async function listAgencies(ctx: AppContext, rc: RequestContext, q: ListAgenciesQuery) {
  const { items, total } = await repo.listAgencies(ctx.db, requireActor(rc), q, today());
  return toPage(q, { items, total }, (r) => presentAgency(r, today()));
}

/** An agency in scope with its staff and the contracts the actor may see; else 404 (audited when it exists). */
export async function getAgency(ctx: AppContext, rc: RequestContext, id: string, db: Db = ctx.db) {
  const actor = requireActor(rc);
  const row = foundInScope(await repo.findAgency(db, actor, id), { type: 'agency', id, label: '机构' });
  const [staff, contracts] = await Promise.all([
    repo.agencyStaff(db, id),
    repo.agencyContracts(db, actor, id),
  ]);
  return {
    ...presentAgency(row, today()),
    staff: staff.map(presentStaff),
    contracts: contracts.map(presentContract),
  };
}

function assertDivisionInScope(actor: Actor, code: string) {
  const kind = scopeKindOf(actor);
  if (kind === 'all') return;
  if (kind !== 'division' || !actor.divisionCode || !isWithinDivision(code, actor.divisionCode)) {
    throw AppError.outOfScopeField(
      [{ field: 'divisionCode', message: '行政区划不在管辖范围内' }],
      'division',
      code,
    );
  }
}

function duplicate(e: unknown): never {
  if (e instanceof Error && (e as { code?: string }).code === '23505')
    throw new AppError('CONFLICT', '该统一社会信用代码的机构已登记', [
      { field: 'creditCode', message: '已存在' },
    ]);
  if (e instanceof Error && (e as { code?: string }).code === '23503')
    throw AppError.invalid([{ field: 'divisionCode', message: '行政区划不存在' }]);
  throw e;
}

export async function createAgency(ctx: AppContext, rc: RequestContext, input: AgencyInput) {
  const actor = requireActor(rc);
  assertDivisionInScope(actor, input.divisionCode);
  const id = crypto.randomUUID();
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      await repo.insertAgency(trx, {
        id,
        name: input.name,
        credit_code: input.creditCode,
        division_code: input.divisionCode,
        address: input.address ?? null,
        contact_person: input.contactPerson ?? null,
        qualifications: JSON.stringify(input.qualifications),
      });
      await ctx.audit(trx, rc, {
        eventType: 'agency',
        action: 'agency.create',
        objectType: 'agency',
        objectId: id,
        diff: { after: input },
      });
    })
    .catch(duplicate);
  return getAgency(ctx, rc, id);
}

export async function updateAgency(ctx: AppContext, rc: RequestContext, id: string, input: AgencyPatch) {
  const actor = requireActor(rc);
  const before = await getAgency(ctx, rc, id);
  if (input.divisionCode) assertDivisionInScope(actor, input.divisionCode);
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      await repo.updateAgency(trx, id, {
        ...(input.name !== undefined && { name: input.name }),
        ...(input.creditCode !== undefined && { credit_code: input.creditCode }),
        ...(input.divisionCode !== undefined && { division_code: input.divisionCode }),
        ...(input.address !== undefined && { address: input.address ?? null }),
        ...(input.contactPerson !== undefined && { contact_person: input.contactPerson ?? null }),
        ...(input.qualifications !== undefined && { qualifications: JSON.stringify(input.qualifications) }),
        updated_at: new Date(),
      });
      await ctx.audit(trx, rc, {
        eventType: 'agency',
        action: 'agency.update',
        objectType: 'agency',
        objectId: id,
        diff: { before: { name: before.name, qualifications: before.qualifications }, after: input },
      });
    })
    .catch(duplicate);
  return getAgency(ctx, rc, id);
}

export async function addStaff(ctx: AppContext, rc: RequestContext, agencyId: string, input: StaffInput) {
  await getAgency(ctx, rc, agencyId);
  const id = crypto.randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertAgencyStaff(trx, {
      id,
      agency_id: agencyId,
      name: input.name,
      title: input.title ?? null,
      certificate_no: input.certificateNo ?? null,
      specialty: input.specialty ?? null,
    });
    await ctx.audit(trx, rc, {
      eventType: 'agency',
      action: 'agency.staff_add',
      objectType: 'agency',
      objectId: agencyId,
      diff: { after: { id, ...input } },
    });
  });
  return getAgency(ctx, rc, agencyId);
}

/** Links an agency to an enterprise in the actor's scope (托管 / 政府购买服务). */
export async function addContract(
  ctx: AppContext,
  rc: RequestContext,
  agencyId: string,
  input: ContractInput,
) {
  await getAgency(ctx, rc, agencyId);
  await getEnterprise(ctx, rc, input.enterpriseId);
  const id = crypto.randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    if (await repo.activeContract(trx, agencyId, input.enterpriseId))
      throw new AppError('CONFLICT', '该机构与该企业已有有效合同', [
        { field: 'enterpriseId', message: '已有有效合同' },
      ]);
    await repo.insertAgencyContract(trx, {
      id,
      agency_id: agencyId,
      enterprise_id: input.enterpriseId,
      division_code: divisionOfEnterprise(input.enterpriseId),
      kind: input.kind,
      contract_no: input.contractNo ?? null,
      starts_on: input.startsOn,
      ends_on: input.endsOn ?? null,
    });
    await ctx.audit(trx, rc, {
      eventType: 'agency',
      action: 'agency.contract_add',
      objectType: 'agency_contract',
      objectId: id,
      diff: { after: { agencyId, ...input } },
    });
  });
  return getAgency(ctx, rc, agencyId);
}

export async function endContract(
  ctx: AppContext,
  rc: RequestContext,
  agencyId: string,
  contractId: string,
  endsOn?: string,
) {
  const agency = await getAgency(ctx, rc, agencyId);
  const contract = agency.contracts.find((c) => c.id === contractId);
  if (!contract) throw new AppError('NOT_FOUND', '合同不存在');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateAgencyContract(trx, contractId, { active: false, ends_on: endsOn ?? today() });
    await ctx.audit(trx, rc, {
      eventType: 'agency',
      action: 'agency.contract_end',
      objectType: 'agency_contract',
      objectId: contractId,
      diff: {
        before: { active: contract.active, endsOn: contract.endsOn },
        after: { active: false, endsOn: endsOn ?? today() },
      },
    });
  });
  return getAgency(ctx, rc, agencyId);
}

export async function listVisits(ctx: AppContext, rc: RequestContext, agencyId: string, q: ListVisitsQuery) {
  await getAgency(ctx, rc, agencyId);
  const { items, total } = await repo.listVisits(ctx.db, requireActor(rc), agencyId, q);
  return toPage(q, { items, total }, presentVisit);
}

/** Records a service visit; the enterprise must be under an active contract with the agency. */
export async function recordVisit(ctx: AppContext, rc: RequestContext, agencyId: string, input: VisitInput) {
  const actor = requireActor(rc);
  await getAgency(ctx, rc, agencyId);
  if (scopeKindOf(actor) === 'agency' && actor.agencyId !== agencyId)
    throw new AppError('FORBIDDEN', '只能登记本机构的服务记录');
  await getEnterprise(ctx, rc, input.enterpriseId);
  const id = crypto.randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const contract = await repo.activeContract(trx, agencyId, input.enterpriseId);
    if (!contract)
      throw AppError.invalid([{ field: 'enterpriseId', message: '该企业不在本机构的有效服务合同内' }]);
    if (input.staffIds.length) {
      const staff = await repo.staffOfAgency(trx, agencyId, input.staffIds);
      if (staff.length !== new Set(input.staffIds).size)
        throw AppError.invalid([{ field: 'staffIds', message: '人员不属于本机构' }]);
    }
    await repo.insertAgencyVisit(trx, {
      id,
      agency_id: agencyId,
      enterprise_id: input.enterpriseId,
      division_code: divisionOfEnterprise(input.enterpriseId),
      contract_id: contract.id,
      visited_on: input.visitedOn,
      kind: input.kind,
      staff_ids: input.staffIds,
      summary: input.summary,
      hazards_found: input.hazardsFound,
      created_by: actor.userId,
    });
    await ctx.audit(trx, rc, {
      eventType: 'agency',
      action: 'agency.visit',
      objectType: 'agency_visit',
      objectId: id,
      diff: { after: { agencyId, ...input } },
    });
  });
  const visits = await repo.listVisits(ctx.db, actor, agencyId, {
    page: 1,
    pageSize: 1,
    enterpriseId: input.enterpriseId,
  });
  const row = visits.items.find((v) => v.id === id) ?? visits.items[0];
  if (!row) throw new AppError('INTERNAL');
  return presentVisit(row);
}
