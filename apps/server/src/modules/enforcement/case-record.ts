import {
  AppError,
  type CasePenaltyDto,
  type CaseStep,
  caseDocumentKinds,
  isServedOnParty,
  caseSteps,
  documentOfStep,
  hearingRightText,
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
import { appendRecord } from '../../platform/records/records.ts';
import * as repo from './enforcement.repository.ts';

/** The record a case's steps are chained in (执法全过程记录) and the subject of its documents. */
export const caseChain = (caseId: string) => `case:${caseId}`;
const SUBJECT = 'case';

export const seedCaseDocumentKinds = (db: Db) =>
  ensureDocumentKinds(
    db,
    caseDocumentKinds.map(({ code, name, abbreviation }) => ({ code, name, abbreviation })),
  );

/** 罚款人民币 5 000 元, or the rule's own words for a share of income. */
export const penaltyText = (p: CasePenaltyDto | null) =>
  !p ? null : p.amount !== null ? `罚款人民币${p.amount.toLocaleString('zh-CN')}元` : p.message;

/** Steps recorded besides the machine's: 立案 itself, the proposal of a fine, an approved extension. */
const extraSteps = { file: '立案', penalty: '拟定处罚', extend: '延长办案期限' } as const;
type RecordedStep = CaseStep | keyof typeof extraSteps;

interface CaseFacts {
  id: string;
  case_no: string;
  facts: string | null;
  division_code: string;
  authority_division: string;
  enterprise_id: string;
  penalty: CasePenaltyDto | null;
}

/**
 * Inside a step's transaction: issues the document the step produces (告知书, 决定书, 移送书) and appends
 * the step, with the document's SHA-256 among its attachments, to the case's hash chain. Both roll back
 * with the step, so the chain, the numbers and the case never disagree.
 */
export async function recordCaseStep(
  ctx: AppContext,
  trx: Db,
  rc: RequestContext,
  c: CaseFacts,
  step: RecordedStep,
  data: Record<string, unknown>,
  origin?: string,
): Promise<void> {
  const kind = step in extraSteps ? null : documentOfStep(step as CaseStep);
  let document: { id: string; number: string; sha256: string } | null = null;
  if (kind) {
    const p = await repo.partyOf(trx, c.enterprise_id);
    const issued = await issueDocument(ctx, trx, rc, {
      kind: kind.code,
      divisionCode: c.authority_division,
      template: kind.template,
      data: {
        caseNo: c.case_no,
        party: { name: p.name, creditCode: p.credit_code, address: p.address, principal: p.principal },
        facts: c.facts,
        penalty: c.penalty && { citation: c.penalty.citation, text: penaltyText(c.penalty) },
        hearingRight: hearingRightText(data.hearingOffered === true),
        comment: typeof data.comment === 'string' ? data.comment : null,
      },
      subject: { type: SUBJECT, id: c.id },
      enterpriseId: c.enterprise_id,
      origin,
    });
    document = { id: issued.id, number: issued.number, sha256: issued.sha256 };
  }
  await appendRecord(trx, {
    chain: caseChain(c.id),
    divisionCode: c.division_code,
    stepType: extraSteps[step as keyof typeof extraSteps] ?? caseSteps[step as CaseStep].name,
    data: { step, ...data, document },
    attachmentHashes: document ? [document.sha256] : [],
    actor: rc.actor?.displayName ?? null,
  });
}

/** The case's documents as the actor may see them: the office all of them, the party what was served on it. */
export async function caseDocuments(db: Db, actor: Actor, caseId: string) {
  const docs = await documentsOf(db, { type: SUBJECT, id: caseId });
  return scopeKindOf(actor) === 'enterprise' ? docs.filter((d) => isServedOnParty(d.kind)) : docs;
}

/** A document of a case the actor can see (the case's scope was checked by the caller). */
export async function caseDocumentPdf(db: Db, actor: Actor, caseId: string, documentId: string) {
  if (!(await caseDocuments(db, actor, caseId)).some((d) => d.id === documentId))
    throw new AppError('NOT_FOUND', '文书不存在');
  return readDocumentPdf(db, documentId);
}
