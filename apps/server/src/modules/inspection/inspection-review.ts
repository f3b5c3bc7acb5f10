import {
  AppError,
  type FieldIssue,
  type Inspection,
  type ReviewInspectionBody,
  chinaDate,
  rectifyOrderKind,
} from '@anjian/domain';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import { foundInScope } from '../../platform/access/found.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { appendRecord } from '../../platform/records/records.ts';
import { reviewHazardIn } from '../hazard/index.ts';
import { dispatchAfterCommit } from '../notification/index.ts';
import { type ReviewedFinding, inspectionDocuments, issueReviewDocument } from './inspection-documents.ts';
import * as repo from './inspection.repository.ts';
import { getInspection, inspectionChain } from './inspection.service.ts';
import type { StoredFinding } from './inspection.table.ts';

const isOpen = (f: StoredFinding) => f.review?.rectified !== true;

/** What is wrong with a review before anything is written: each open finding once, reasons for the rest. */
function reviewProblems(findings: StoredFinding[], input: ReviewInspectionBody): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  input.findings.forEach((r, i) => {
    const f = findings.find((x) => x.hazardId === r.hazardId);
    if (!f) issues.push({ field: `findings.${i}.hazardId`, message: '不是本次检查发现的问题' });
    else if (!isOpen(f)) issues.push({ field: `findings.${i}.hazardId`, message: '该问题已复查销号' });
    else if (seen.has(r.hazardId))
      issues.push({ field: `findings.${i}.hazardId`, message: '同一问题重复复查' });
    if (!r.rectified && !r.comment)
      issues.push({ field: `findings.${i}.comment`, message: '未整改的问题应写明复查情况' });
    seen.add(r.hazardId);
  });
  const missing = findings.filter((f) => isOpen(f) && !seen.has(f.hazardId));
  if (missing.length && !issues.length)
    issues.push({
      field: 'findings',
      message: `应逐项复查：尚有${missing.length}项问题未列入（${missing.map((f) => f.location).join('、')}）`,
    });
  return issues;
}

/**
 * 整改复查 (`POST /api/inspections/{id}/review`): per open finding, rectified (its hazard is 验收销号 by the
 * reviewing regulator, through the hazard loop's own machine) or not (it stays open; one whose enterprise
 * applied for acceptance goes back to rectifying). The 整改复查意见书, the findings' state, the chain step
 * and the audit rows commit with the hazards' steps, or nothing does.
 */
export async function reviewInspection(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  input: ReviewInspectionBody,
  origin?: string,
): Promise<Inspection> {
  const actor = requireActor(rc);
  foundInScope(await repo.inspectionById(ctx.db, actor, id), { type: 'inspection', id, label: '现场检查' });
  const today = chinaDate(new Date());
  const reviewedOn = input.reviewedOn ?? today;
  if (reviewedOn > today) throw AppError.invalid([{ field: 'reviewedOn', message: '复查日期不能晚于今天' }]);
  const deliveries = await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.lockInspection(trx, id);
    if (!row) throw new AppError('NOT_FOUND', '现场检查不存在');
    if (!row.findings.some(isOpen))
      throw new AppError('CONFLICT', '本次检查发现的问题均已整改复查，无需再复查');
    if (reviewedOn < chinaDate(row.created_at))
      throw AppError.invalid([{ field: 'reviewedOn', message: '复查日期不能早于检查日期' }]);
    const issues = reviewProblems(row.findings, input);
    if (issues.length) throw AppError.invalid(issues);
    const notices: string[] = [];
    const reviewed: ReviewedFinding[] = [];
    const findings = row.findings.map((f) => ({ ...f }));
    for (const r of input.findings) {
      const f = findings.find((x) => x.hazardId === r.hazardId) as StoredFinding;
      const comment = r.comment ?? (r.rectified ? '整改复查：已整改' : '');
      const out = await reviewHazardIn(trx, ctx, rc, r.hazardId, {
        rectified: r.rectified,
        comment: `整改复查（${reviewedOn}）：${comment}`,
        photos: r.photos,
      });
      notices.push(...out.deliveries);
      f.review = { rectified: r.rectified, reviewedOn, comment: r.comment ?? null };
      reviewed.push({ ...f, rectified: r.rectified, comment });
    }
    const status = findings.some(isOpen) ? 'rectifying' : 'closed';
    await repo.updateReviewed(trx, id, { findings: JSON.stringify(findings), status });
    const order = (await inspectionDocuments(trx, actor, id)).find((d) => d.kind === rectifyOrderKind.code);
    const doc = await issueReviewDocument(
      ctx,
      trx,
      rc,
      { id, enterpriseId: row.enterprise_id, authorityDivision: actor.divisionCode ?? row.division_code },
      { reviewedOn, orderNumber: order?.number ?? null, findings: reviewed },
      origin,
    );
    const unrectified = reviewed.filter((f) => !f.rectified).map((f) => f.hazardId);
    await appendRecord(trx, {
      chain: inspectionChain(id),
      divisionCode: row.division_code,
      stepType: 'review',
      data: {
        reviewedOn,
        findings: input.findings.map(({ hazardId, rectified, comment }) => ({
          hazardId,
          rectified,
          comment,
        })),
        unrectified,
        document: { id: doc.id, kind: doc.kind, number: doc.number },
      },
      attachmentHashes: [doc.sha256],
      actor: actor.userId,
    });
    await ctx.audit(trx, rc, {
      eventType: 'enforcement',
      action: 'inspection.review',
      objectType: 'inspection',
      objectId: id,
      diff: { status: { before: row.status, after: status }, review: input } as Record<string, unknown>,
    });
    return notices;
  });
  dispatchAfterCommit(ctx, deliveries);
  return getInspection(ctx, rc, id);
}
