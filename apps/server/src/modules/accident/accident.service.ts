import crypto from 'node:crypto';
import {
  type AccidentInput,
  AppError,
  type GradeCalcInput,
  type ListAccidentsQuery,
  type ReportStepInput,
  type SupplementInput,
  defaultSectorOf,
  gradeAccident,
  statYearOf,
  supplementDeadline,
  supplementWindowDays,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import * as repo from './accident.repository.ts';
import { presentAccident, presentSupplement, presentTimeline } from './accident.presenter.ts';
import { assertWritable } from '../../platform/access/scope.ts';
import { foundInScope } from '../../platform/access/found.ts';
import { toPage } from '../../platform/http/page.ts';
import { divisionExists } from '../org/index.ts';

/** 条例 第三条 grade with its basis, for the form's live preview. */
export const calcGrade = (input: GradeCalcInput) => gradeAccident(input);

export async function listAccidents(ctx: AppContext, rc: RequestContext, q: ListAccidentsQuery) {
  const { items, total, totalCapped } = await repo.listAccidents(
    ctx.db,
    requireActor(rc),
    repo.filterOf(q),
    q,
  );
  return toPage(q, { items, total, totalCapped }, presentAccident);
}

/** An accident in the actor's scope; outside it, 404 with a denied-access audit row. */
export async function findInScope(db: Db, rc: RequestContext, id: string) {
  const row = foundInScope(await repo.findAccident(db, requireActor(rc), id), {
    type: 'accident',
    id,
    label: '事故',
  });
  return row;
}

export async function getAccident(ctx: AppContext, rc: RequestContext, id: string) {
  const row = await findInScope(ctx.db, rc, id);
  const [steps, sups] = await Promise.all([repo.reportSteps(ctx.db, id), repo.supplements(ctx.db, id)]);
  return {
    ...presentAccident(row),
    timeline: presentTimeline(row, steps),
    supplements: sups.map(presentSupplement),
  };
}

async function resolveEnterprise(trx: Db, id: string | null | undefined) {
  if (!id) return null;
  const e = await repo.enterpriseRef(trx, id);
  if (!e) throw AppError.invalid([{ field: 'enterpriseId', message: '企业不存在' }]);
  return e;
}

/** Files an accident: the grade is computed (条例 第三条) and stored with the rule version. */
export async function createAccident(ctx: AppContext, rc: RequestContext, input: AccidentInput) {
  const actor = requireActor(rc);
  const id = crypto.randomUUID();
  const occurredAt = new Date(input.occurredAt);
  if (occurredAt.getTime() > Date.now() + 5 * 60_000)
    throw AppError.invalid([{ field: 'occurredAt', message: '事故时间不能晚于当前时间' }]);
  const graded = gradeAccident(input);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await divisionExists(trx, input.divisionCode)))
      throw AppError.invalid([{ field: 'divisionCode', message: '行政区划不存在' }]);
    const enterprise = await resolveEnterprise(trx, input.enterpriseId);
    const sector = input.sector ?? defaultSectorOf(input.category) ?? enterprise?.sector ?? null;
    assertWritable(actor, input.divisionCode, sector);
    await repo.insertAccident(trx, {
      id,
      division_code: input.divisionCode,
      occurred_at: occurredAt,
      stat_year: statYearOf(occurredAt),
      title: input.title,
      location: input.location ?? null,
      longitude: input.longitude ?? null,
      latitude: input.latitude ?? null,
      enterprise_id: enterprise?.id ?? null,
      enterprise_name: enterprise?.name ?? input.enterpriseName ?? null,
      category: input.category,
      sector,
      accident_type: input.accidentType,
      deaths: input.deaths,
      serious_injuries: input.seriousInjuries,
      minor_injuries: input.minorInjuries,
      missing: input.missing,
      direct_loss: input.directLoss.toFixed(2),
      grade: graded.grade,
      grade_rule_version: graded.ruleVersion,
      description: input.description ?? null,
      created_by: actor.userId,
    });
    await ctx.audit(trx, rc, {
      eventType: 'accident',
      action: 'accident.create',
      objectType: 'accident',
      objectId: id,
      diff: { after: { ...input, grade: graded.grade } },
    });
  });
  return getAccident(ctx, rc, id);
}

/** Records that the report reached a level (逐级上报); the timeline flags it late against its deadline. */
export async function addReportStep(ctx: AppContext, rc: RequestContext, id: string, input: ReportStepInput) {
  const before = await findInScope(ctx.db, rc, id);
  const reportedAt = new Date(input.reportedAt);
  if (reportedAt < new Date(before.occurred_at))
    throw AppError.invalid([{ field: 'reportedAt', message: '上报时间早于事故发生时间' }]);
  await ctx.db.transaction().execute(async (trx) => {
    if (await repo.reportStepExists(trx, id, input.level))
      throw new AppError('CONFLICT', '该级别的上报已登记', [{ field: 'level', message: '已登记' }]);
    await repo.insertReportStep(trx, {
      id: crypto.randomUUID(),
      accident_id: id,
      division_code: before.division_code,
      level: input.level,
      reported_at: reportedAt,
      reported_by: input.reportedBy ?? null,
      note: input.note ?? null,
      recorded_by: requireActor(rc).userId,
    });
    await ctx.audit(trx, rc, {
      eventType: 'accident',
      action: 'accident.report_step',
      objectType: 'accident',
      objectId: id,
      diff: { after: input },
    });
  });
  return getAccident(ctx, rc, id);
}

/**
 * 补报 (条例 第十三条): new casualty figures within 30 days of the accident (7 for road traffic and fire);
 * the grade is recomputed and the figures before and after are kept.
 */
export async function addSupplement(ctx: AppContext, rc: RequestContext, id: string, input: SupplementInput) {
  await findInScope(ctx.db, rc, id);
  const reportedAt = input.reportedAt ? new Date(input.reportedAt) : new Date();
  await ctx.db.transaction().execute(async (trx) => {
    const a = await repo.lockAccident(trx, id);
    if (!a) throw new AppError('NOT_FOUND', '事故不存在');
    const category = a.category as AccidentInput['category'];
    if (reportedAt < a.occurred_at)
      throw AppError.invalid([{ field: 'reportedAt', message: '补报时间早于事故发生时间' }]);
    if (reportedAt > supplementDeadline(category, a.occurred_at)) {
      throw AppError.invalid([
        {
          field: 'reportedAt',
          message: `已超过补报期限（事故发生之日起 ${supplementWindowDays(category)} 日内）`,
        },
      ]);
    }
    const before = {
      deaths: a.deaths,
      seriousInjuries: a.serious_injuries,
      minorInjuries: a.minor_injuries,
      missing: a.missing,
      directLoss: Number(a.direct_loss),
    };
    const after = {
      deaths: input.deaths,
      seriousInjuries: input.seriousInjuries,
      minorInjuries: input.minorInjuries,
      missing: input.missing,
      directLoss: input.directLoss,
    };
    const graded = gradeAccident(after);
    await repo.updateAccident(trx, id, {
      deaths: after.deaths,
      serious_injuries: after.seriousInjuries,
      minor_injuries: after.minorInjuries,
      missing: after.missing,
      direct_loss: after.directLoss.toFixed(2),
      grade: graded.grade,
      grade_rule_version: graded.ruleVersion,
      updated_at: new Date(),
    });
    await repo.insertSupplement(trx, {
      id: crypto.randomUUID(),
      accident_id: id,
      division_code: a.division_code,
      reported_at: reportedAt,
      before: JSON.stringify(before),
      after: JSON.stringify(after),
      grade_before: a.grade,
      grade_after: graded.grade,
      note: input.note,
      recorded_by: requireActor(rc).userId,
    });
    await ctx.audit(trx, rc, {
      eventType: 'accident',
      action: 'accident.supplement',
      objectType: 'accident',
      objectId: id,
      diff: {
        before: { ...before, grade: a.grade },
        after: { ...after, grade: graded.grade },
        note: input.note,
      },
    });
  });
  return getAccident(ctx, rc, id);
}
