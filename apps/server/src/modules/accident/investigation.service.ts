import crypto from 'node:crypto';
import { AppError, type FollowUpInput, type InvestigationInput, type MeasureInput } from '@anjian/domain';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import * as repo from './accident.repository.ts';
import { presentInvestigation } from './accident.presenter.ts';
import { findInScope } from './accident.service.ts';

/** Today in China Standard Time, for deadlines kept as dates. */
export const todayCst = (now = new Date()) =>
  new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** 查处督办: the investigation, responsibility, penalties and 整改措施 with their follow-up. */
export async function getInvestigation(ctx: AppContext, rc: RequestContext, id: string) {
  await findInScope(ctx.db, rc, id);
  const [inv, ms] = await Promise.all([repo.investigation(ctx.db, id), repo.measures(ctx.db, id)]);
  return presentInvestigation(id, inv, ms, todayCst());
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
    const before = await trx
      .selectFrom('accident_investigation')
      .select(['status'])
      .where('accident_id', '=', id)
      .forUpdate()
      .executeTakeFirst();
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
    await trx
      .insertInto('accident_investigation')
      .values({ accident_id: id, ...values })
      .onConflict((oc) => oc.column('accident_id').doUpdateSet(values))
      .execute();
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
    const inv = await trx
      .selectFrom('accident_investigation')
      .select('status')
      .where('accident_id', '=', id)
      .executeTakeFirst();
    if (inv?.status === 'closed') throw new AppError('CONFLICT', '查处督办已完成，不能再添加整改措施');
    await trx
      .insertInto('accident_measure')
      .values({
        id: measureId,
        accident_id: id,
        division_code: a.division_code,
        content: input.content,
        owner: input.owner,
        owner_unit: input.ownerUnit ?? null,
        deadline: input.deadline,
      })
      .execute();
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
    const m = await trx
      .selectFrom('accident_measure')
      .select(['id', 'status'])
      .where('id', '=', measureId)
      .where('accident_id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!m) throw new AppError('NOT_FOUND', '整改措施不存在');
    if (m.status === 'verified') throw new AppError('CONFLICT', '该整改措施已核查销号');
    const now = new Date();
    await trx
      .updateTable('accident_measure')
      .set({
        status: input.status,
        ...(input.status !== 'open' && { completed_at: now }),
        ...(input.status === 'verified' && { verified_at: now }),
      })
      .where('id', '=', measureId)
      .execute();
    await trx
      .insertInto('accident_measure_followup')
      .values({
        id: crypto.randomUUID(),
        measure_id: measureId,
        division_code: a.division_code,
        note: input.note,
        status_after: input.status,
        recorded_by: requireActor(rc).userId,
      })
      .execute();
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
    const inv = await trx
      .selectFrom('accident_investigation')
      .select('status')
      .where('accident_id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!inv || inv.status === 'investigating')
      throw new AppError('CONFLICT', '调查报告尚未批复，不能结束督办');
    if (inv.status === 'closed') throw new AppError('CONFLICT', '查处督办已完成');
    const open = await trx
      .selectFrom('accident_measure')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('accident_id', '=', id)
      .where('status', '<>', 'verified')
      .executeTakeFirstOrThrow();
    if (Number(open.n) > 0) throw new AppError('CONFLICT', `还有 ${open.n} 项整改措施未核查销号`);
    await trx
      .updateTable('accident_investigation')
      .set({ status: 'closed', closed_at: new Date(), updated_at: new Date() })
      .where('accident_id', '=', id)
      .execute();
    await ctx.audit(trx, rc, {
      eventType: 'accident',
      action: 'accident.investigation.close',
      objectType: 'accident',
      objectId: id,
    });
  });
  return getInvestigation(ctx, rc, id);
}
