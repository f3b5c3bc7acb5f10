import crypto from 'node:crypto';
import {
  AppError,
  type FollowUpInput,
  type InvestigationInput,
  type MeasureInput,
  chinaDate,
} from '@anjian/domain';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import * as repo from './accident.repository.ts';
import { presentInvestigation } from './accident.presenter.ts';
import { findInScope } from './accident.service.ts';

/** 查处督办: the investigation, responsibility, penalties and 整改措施 with their follow-up. */
export async function getInvestigation(ctx: AppContext, rc: RequestContext, id: string) {
  await findInScope(ctx.db, rc, id);
  const [inv, ms] = await Promise.all([repo.investigation(ctx.db, id), repo.measures(ctx.db, id)]);
  return presentInvestigation(id, inv, ms, chinaDate(new Date()));
}

/** Saves the investigation report; a 批复 date (concludedAt) moves it to 已结案待整改. */
export async function saveInvestigation(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  input: InvestigationInput,
) {
  const a = await findInScope(ctx.db, rc, id);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.lockInvestigation(trx, id);
    if (before?.status === 'closed') throw new AppError('CONFLICT', '查处督办已完成，不能再修改');
    const values = {
      division_code: a.division_code,
      status: input.concludedAt ? 'concluded' : 'investigating',
      lead_agency: input.leadAgency ?? null,
      findings: input.findings ?? null,
      direct_cause: input.directCause ?? null,
      indirect_cause: input.indirectCause ?? null,
      nature: input.nature,
      responsible_parties: JSON.stringify(input.responsibleParties),
      penalties: JSON.stringify(input.penalties),
      concluded_at: input.concludedAt ?? null,
      updated_at: new Date(),
    };
    await repo.saveInvestigation(trx, id, values);
    await ctx.audit(trx, rc, {
      eventType: 'accident',
      action: 'accident.investigation',
      objectType: 'accident',
      objectId: id,
      diff: { before: before ?? null, after: input },
    });
  });
  return getInvestigation(ctx, rc, id);
}

export async function addMeasure(ctx: AppContext, rc: RequestContext, id: string, input: MeasureInput) {
  const a = await findInScope(ctx.db, rc, id);
  const measureId = crypto.randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    // Locked, so that a measure cannot slip in beside a concurrent 结束督办.
    const inv = await repo.lockInvestigation(trx, id);
    if (inv?.status === 'closed') throw new AppError('CONFLICT', '查处督办已完成，不能再添加整改措施');
    await repo.insertMeasure(trx, {
      id: measureId,
      accident_id: id,
      division_code: a.division_code,
      content: input.content,
      owner: input.owner,
      owner_unit: input.ownerUnit ?? null,
      deadline: input.deadline,
    });
    await ctx.audit(trx, rc, {
      eventType: 'accident',
      action: 'accident.measure.create',
      objectType: 'accident_measure',
      objectId: measureId,
      diff: { accidentId: id, after: input },
    });
  });
  return getInvestigation(ctx, rc, id);
}

/** A follow-up on a 整改措施: note what was checked and move it to 已整改 or 已核查销号 (or back). */
export async function followUpMeasure(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  measureId: string,
  input: FollowUpInput,
) {
  const a = await findInScope(ctx.db, rc, id);
  await ctx.db.transaction().execute(async (trx) => {
    const m = await repo.lockMeasure(trx, id, measureId);
    if (!m) throw new AppError('NOT_FOUND', '整改措施不存在');
    if (m.status === 'verified') throw new AppError('CONFLICT', '该整改措施已核查销号');
    const now = new Date();
    await repo.updateMeasure(trx, measureId, {
      status: input.status,
      ...(input.status !== 'open' && { completed_at: now }),
      ...(input.status === 'verified' && { verified_at: now }),
    });
    await repo.insertFollowUp(trx, {
      id: crypto.randomUUID(),
      measure_id: measureId,
      division_code: a.division_code,
      note: input.note,
      status_after: input.status,
      recorded_by: requireActor(rc).userId,
    });
    await ctx.audit(trx, rc, {
      eventType: 'accident',
      action: 'accident.measure.follow_up',
      objectType: 'accident_measure',
      objectId: measureId,
      diff: { before: { status: m.status }, after: input },
    });
  });
  return getInvestigation(ctx, rc, id);
}

/** Closes 查处督办: only after the report is approved and every 整改措施 is verified. */
export async function closeInvestigation(ctx: AppContext, rc: RequestContext, id: string) {
  await findInScope(ctx.db, rc, id);
  await ctx.db.transaction().execute(async (trx) => {
    const inv = await repo.lockInvestigation(trx, id);
    if (!inv || inv.status === 'investigating')
      throw new AppError('CONFLICT', '调查报告尚未批复，不能结束督办');
    if (inv.status === 'closed') throw new AppError('CONFLICT', '查处督办已完成');
    const open = await repo.unverifiedMeasures(trx, id);
    if (open > 0) throw new AppError('CONFLICT', `还有 ${open} 项整改措施未核查销号`);
    await repo.closeInvestigation(trx, id);
    await ctx.audit(trx, rc, {
      eventType: 'accident',
      action: 'accident.investigation.close',
      objectType: 'accident',
      objectId: id,
    });
  });
  return getInvestigation(ctx, rc, id);
}
