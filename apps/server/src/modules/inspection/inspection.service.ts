import crypto from 'node:crypto';
import {
  AppError,
  type CreateInspectionBody,
  type FieldIssue,
  type Inspection,
  type InspectionListQuery,
  type InspectionSummary,
  chinaDate,
} from '@anjian/domain';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import { foundInScope } from '../../platform/access/found.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { toPage } from '../../platform/http/page.ts';
import { appendRecord } from '../../platform/records/records.ts';
import { assertPhotos, assessHazardIn, insertReportedHazard } from '../hazard/index.ts';
import { dispatchAfterCommit } from '../notification/index.ts';
import { enterpriseInScope } from '../risk/index.ts';
import {
  inspectionDocumentPdf,
  inspectionDocuments,
  issueInspectionDocuments,
} from './inspection-documents.ts';
import * as repo from './inspection.repository.ts';
import type { StoredFinding } from './inspection.table.ts';

/**
 * Records a finished 现场检查 (synced from a phone, possibly offline): every finding becomes a hazard with
 * source 执法检查 in the one hazard loop; the same idempotency key synced twice answers the first result.
 */
export async function createInspection(
  ctx: AppContext,
  rc: RequestContext,
  input: CreateInspectionBody,
  origin?: string,
) {
  const actor = requireActor(rc);
  const seen = await repo.idByKey(ctx.db, input.idempotencyKey);
  if (seen) return getInspection(ctx, rc, seen.id);
  const enterprise = foundInScope(await enterpriseInScope(ctx.db, actor, input.enterpriseId), {
    type: 'enterprise',
    id: input.enterpriseId,
    label: '企业',
    field: 'enterpriseId',
  });
  if (input.findings.some((f) => !f.deadline) && !input.rectifyBy)
    throw AppError.invalid([{ field: 'rectifyBy', message: '发现隐患时应写明责令限期整改的期限' }]);
  await assertPhotos(
    ctx.db,
    actor,
    input.findings.flatMap((f) => f.photos),
  );
  const id = crypto.randomUUID();
  // One transaction: the inspection, its hazards, their 评估定级 (the 责令限期整改 deadline; a 重大隐患 is
  // 挂牌督办 by the inspecting authority with the same deadline) and every audit row, or nothing at all.
  const deliveries = await ctx.db.transaction().execute(async (trx) => {
    const findings: StoredFinding[] = [];
    const notices: string[] = [];
    for (const f of input.findings) {
      const deadline = f.deadline ?? input.rectifyBy ?? '';
      const hazardId = await insertReportedHazard(trx, ctx, rc, enterprise, {
        enterpriseId: enterprise.id,
        source: '执法检查',
        location: f.location,
        description: `${f.description}（依据：${f.legalBasis}）`,
        level: f.level,
        checklistItem: f.checklistItem,
        photos: f.photos,
      });
      const assessed = assessHazardIn(trx, ctx, rc, hazardId, {
        level: f.level,
        deadline,
        comment: `现场检查责令限期整改，期限 ${deadline}`,
        ...(f.level === '重大' && { supervision: { deadline } }),
      });
      notices.push(...(await onFinding(findings.length, f.deadline ? 'deadline' : 'rectifyBy', assessed)));
      findings.push({ ...f, deadline, hazardId });
    }
    await repo.insertInspection(trx, {
      id,
      enterprise_id: enterprise.id,
      division_code: enterprise.division_code,
      assignment_id: input.assignmentId ?? null,
      idempotency_key: input.idempotencyKey,
      status: findings.length ? 'rectifying' : 'closed',
      findings: JSON.stringify(findings),
      measures: input.measures,
      rectify_by: input.rectifyBy ?? null,
      inspected_by: actor.userId,
      inspected_by_name: actor.displayName,
    });
    const documents = await issueInspectionDocuments(
      ctx,
      trx,
      rc,
      {
        id,
        enterpriseId: enterprise.id,
        authorityDivision: actor.divisionCode ?? enterprise.division_code,
        inspectedOn: chinaDate(new Date()),
        inspector: actor.displayName,
        findings,
        measures: input.measures,
      },
      origin,
    );
    await appendRecord(trx, {
      chain: inspectionChain(id),
      divisionCode: enterprise.division_code,
      stepType: 'inspect',
      data: {
        enterpriseId: enterprise.id,
        findings,
        measures: input.measures,
        rectifyBy: input.rectifyBy,
        documents: documents.map(({ id: docId, kind, number }) => ({ id: docId, kind, number })),
      },
      attachmentHashes: documents.map((d) => d.sha256),
      actor: actor.userId,
    });
    await ctx.audit(trx, rc, {
      eventType: 'enforcement',
      action: 'inspection.create',
      objectType: 'inspection',
      objectId: id,
      diff: { after: input } as Record<string, unknown>,
    });
    return notices;
  });
  dispatchAfterCommit(ctx, deliveries);
  return getInspection(ctx, rc, id);
}

/** A refusal of a finding's 评估定级 names the finding's field (`findings.0.deadline`). */
async function onFinding<T>(index: number, deadlineField: string, p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'VALIDATION_FAILED' || !Array.isArray(e.details)) throw e;
    const field = (f: string) =>
      f !== 'deadline' ? f : deadlineField === 'rectifyBy' ? 'rectifyBy' : `findings.${index}.deadline`;
    throw AppError.invalid(
      (e.details as FieldIssue[]).map((d) => ({ ...d, field: field(d.field) })),
      e.message,
    );
  }
}

/** The record an inspection's steps are chained in (执法全过程记录). */
export const inspectionChain = (id: string) => `inspection:${id}`;

export async function getInspection(ctx: AppContext, rc: RequestContext, id: string): Promise<Inspection> {
  const actor = requireActor(rc);
  const row = foundInScope(await repo.inspectionById(ctx.db, actor, id), {
    type: 'inspection',
    id,
    label: '现场检查',
  });
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    divisionCode: row.division_code,
    status: row.status,
    findings: row.findings.map((f) => ({
      ...f,
      deadline: f.deadline ?? row.rectify_by ?? '',
      review: f.review ?? null,
    })),
    measures: row.measures,
    rectifyBy: row.rectify_by,
    inspectedBy: row.inspected_by_name,
    createdAt: row.created_at.toISOString(),
    documents: await inspectionDocuments(ctx.db, actor, id),
  };
}

/** A document of an inspection in scope: the office any, the enterprise those served on it. */
export async function inspectionDocumentFile(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  documentId: string,
) {
  const actor = requireActor(rc);
  foundInScope(await repo.inspectionById(ctx.db, actor, id), { type: 'inspection', id, label: '现场检查' });
  return inspectionDocumentPdf(ctx.db, actor, id, documentId);
}

/** `GET /api/inspections`: the inspections in scope, newest first. */
export async function listInspections(ctx: AppContext, rc: RequestContext, q: InspectionListQuery) {
  const found = await repo.listInspections(ctx.db, requireActor(rc), q);
  return toPage(q, found, (r): InspectionSummary => ({
    id: r.id,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    divisionCode: r.division_code,
    status: r.status,
    findingCount: r.findings.length,
    openFindingCount: r.findings.filter((f) => f.review?.rectified !== true).length,
    rectifyBy: r.rectify_by,
    inspectedBy: r.inspected_by_name,
    createdAt: r.created_at.toISOString(),
  }));
}
