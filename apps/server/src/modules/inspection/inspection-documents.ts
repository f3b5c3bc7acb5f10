import {
  AppError,
  type InspectionDocumentKind,
  inspectionDocumentKinds,
  inspectionRecordKind,
  isInspectionDocumentServed,
  rectifyOrderKind,
  rectifyReviewKind,
  reviewConclusion,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { type Actor, type RequestContext, scopeKindOf } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import {
  documentsOf,
  ensureDocumentKinds,
  issueDocument,
  readDocumentPdf,
} from '../../platform/documents/documents.ts';
import * as repo from './inspection.repository.ts';
import type { StoredFinding } from './inspection.table.ts';

/** The documents of an inspection hang on it as their subject (`document.subject_type`). */
const SUBJECT = 'inspection';

/** Registered from the module's `seedReference`, like the case documents: an edited kind keeps the edit. */
export const seedInspectionDocumentKinds = (db: Db) =>
  ensureDocumentKinds(
    db,
    inspectionDocumentKinds.map(({ code, name, abbreviation }) => ({ code, name, abbreviation })),
  );

export interface IssuedRef {
  id: string;
  kind: string;
  number: string;
  sha256: string;
}

interface InspectionFacts {
  id: string;
  enterpriseId: string;
  /** The inspecting authority's division: the numbers run per authority, kind and year. */
  authorityDivision: string;
  inspectedOn: string;
  inspector: string | null;
  findings: StoredFinding[];
  measures: string[];
}

async function issue(
  ctx: AppContext,
  trx: Db,
  rc: RequestContext,
  facts: { id: string; enterpriseId: string; authorityDivision: string },
  kind: InspectionDocumentKind,
  data: Record<string, unknown>,
  origin?: string,
): Promise<IssuedRef> {
  const p = await repo.partyOf(trx, facts.enterpriseId);
  const issued = await issueDocument(ctx, trx, rc, {
    kind: kind.code,
    divisionCode: facts.authorityDivision,
    template: kind.template,
    data: {
      party: { name: p.name, creditCode: p.credit_code, address: p.address, principal: p.principal },
      ...data,
    },
    subject: { type: SUBJECT, id: facts.id },
    enterpriseId: facts.enterpriseId,
    origin,
  });
  return { id: issued.id, kind: kind.code, number: issued.number, sha256: issued.sha256 };
}

/**
 * Inside the inspection's transaction: the 现场检查记录, and with findings the 责令限期整改指令书 (each
 * finding with its deadline). A rollback gives their numbers back.
 */
export async function issueInspectionDocuments(
  ctx: AppContext,
  trx: Db,
  rc: RequestContext,
  f: InspectionFacts,
  origin?: string,
): Promise<IssuedRef[]> {
  const findings = f.findings;
  const docs = [
    await issue(
      ctx,
      trx,
      rc,
      f,
      inspectionRecordKind,
      {
        inspectedOn: f.inspectedOn,
        inspector: f.inspector,
        findings,
        measures: f.measures.map((name) => ({ name })),
      },
      origin,
    ),
  ];
  if (f.findings.length)
    docs.push(
      await issue(ctx, trx, rc, f, rectifyOrderKind, { inspectedOn: f.inspectedOn, findings }, origin),
    );
  return docs;
}

export interface ReviewedFinding extends StoredFinding {
  rectified: boolean;
  comment: string;
}

/** Inside the review's transaction: the 整改复查意见书 naming the 指令书 it reviews. */
export async function issueReviewDocument(
  ctx: AppContext,
  trx: Db,
  rc: RequestContext,
  f: { id: string; enterpriseId: string; authorityDivision: string },
  review: { reviewedOn: string; orderNumber: string | null; findings: ReviewedFinding[] },
  origin?: string,
): Promise<IssuedRef> {
  const unrectified = review.findings.filter((x) => !x.rectified);
  return issue(
    ctx,
    trx,
    rc,
    f,
    rectifyReviewKind,
    {
      reviewedOn: review.reviewedOn,
      orderNumber: review.orderNumber,
      rectified: review.findings.filter((x) => x.rectified),
      unrectified,
      conclusion: reviewConclusion(unrectified.length),
    },
    origin,
  );
}

/** The inspection's documents as the actor may see them: the office all, the enterprise those served on it. */
export async function inspectionDocuments(db: Db, actor: Actor, inspectionId: string) {
  // One transaction issues the 记录 and the 指令书 at the same instant: the kinds' order keeps them in
  // issue order (a stable sort, so the reviews' 意见书 stay oldest first).
  const order = (kind: string) => inspectionDocumentKinds.findIndex((k) => k.code === kind);
  const docs = (await documentsOf(db, { type: SUBJECT, id: inspectionId })).sort(
    (a, b) => order(a.kind) - order(b.kind),
  );
  const shown =
    scopeKindOf(actor) === 'enterprise' ? docs.filter((d) => isInspectionDocumentServed(d.kind)) : docs;
  return shown.map((d) => ({ ...d, status: d.status as 'valid' | 'withdrawn' }));
}

/** A document of an inspection the actor can see (the inspection's scope was checked by the caller). */
export async function inspectionDocumentPdf(db: Db, actor: Actor, inspectionId: string, documentId: string) {
  if (!(await inspectionDocuments(db, actor, inspectionId)).some((d) => d.id === documentId))
    throw new AppError('NOT_FOUND', '文书不存在');
  return readDocumentPdf(db, documentId);
}
