import crypto from 'node:crypto';
import {
  AppError,
  type DocumentDto,
  type DocumentKindDto,
  type DocumentKindInput,
  type DocumentTemplate,
  type IsoDate,
  type PublicDocumentDto,
  authorityShortName,
  chinaDate,
  compileDocNumberPattern,
  documentTemplate,
  formatDocNumber,
  isIsoDate,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { type RequestContext, requireActor } from '../access/actor.ts';
import { foundInScope } from '../access/found.ts';
import type { AppContext } from '../app-context.ts';
import { renderDocumentPdf } from './documents.pdf.ts';
import * as repo from './documents.repository.ts';

/** The number pattern of a new kind unless it says otherwise: `（中卫）应急检记〔2026〕12号`. */
export const DEFAULT_DOC_PATTERN = '（{authority}）{kind}〔{year}〕{seq}号';

export interface DocumentKindSpec {
  /** `enforcement.inspection-record` */
  code: string;
  /** 现场检查记录 */
  name: string;
  /** 应急检记: the {kind} part of the number. */
  abbreviation: string;
  pattern?: string;
}

/**
 * Registers the kinds a module issues (from its `seedReference`): a kind the database lacks is added with
 * its default pattern; one an administrator edited keeps the edit.
 */
export async function ensureDocumentKinds(db: Db, kinds: readonly DocumentKindSpec[]): Promise<void> {
  for (const k of kinds) compileDocNumberPattern(k.pattern ?? DEFAULT_DOC_PATTERN);
  await repo.insertMissingKinds(
    db,
    kinds.map((k) => ({ ...k, pattern: k.pattern ?? DEFAULT_DOC_PATTERN })),
  );
}

export interface IssueDocumentInput {
  /** A registered kind (`ensureDocumentKinds`). */
  kind: string;
  /** The issuing authority's division: numbers run per division, kind and year. */
  divisionCode: string;
  template: DocumentTemplate;
  /** What the template reads (`{{party.name}}`); stored with the document, never shown publicly. */
  data: Record<string, unknown>;
  /** Default: today in China. The year of the number is this date's. */
  issuedOn?: IsoDate;
  /** 中卫市应急管理局; default: the division's name + 应急管理局. */
  authorityName?: string;
  /** The {authority} of the number (中卫); default: the division's name without 市/县/区. */
  authorityShort?: string;
  /** The record the issuing module attaches the document to (its case, its inspection). */
  subject?: { type: string; id: string };
  enterpriseId?: string | null;
  /** Where the QR code points when ANJIAN_PUBLIC_ORIGIN is unset (the request's own origin). */
  origin?: string;
}

export interface IssuedDocument {
  id: string;
  number: string;
  seq: number;
  issuedOn: IsoDate;
  sha256: string;
  verifyUrl: string;
  pdf: Buffer;
}

export const verifyPath = (id: string) => `/verify/${id}`;

/**
 * Issues a document inside the caller's transaction (the step of a case that produces it): allocates the
 * next number of the authority, kind and year, renders the PDF with the number and the QR code of its
 * public verification page, stores both with the PDF's SHA-256 and writes the audit row. If the caller's
 * transaction rolls back, the number is given back with it: numbers have no gaps.
 */
export async function issueDocument(
  ctx: AppContext,
  trx: Db,
  rc: RequestContext,
  input: IssueDocumentInput,
): Promise<IssuedDocument> {
  const template = documentTemplate.parse(input.template);
  const issuedOn = input.issuedOn ?? chinaDate(new Date());
  if (!isIsoDate(issuedOn)) throw AppError.invalid([{ field: 'issuedOn', message: '日期应为 YYYY-MM-DD' }]);
  const kind = await repo.findKind(trx, input.kind);
  if (!kind) throw AppError.invalid([{ field: 'kind', message: `未登记的文书种类：${input.kind}` }]);
  const division = await repo.divisionName(trx, input.divisionCode);
  if (!division) throw AppError.invalid([{ field: 'divisionCode', message: '行政区划不存在' }]);
  const pattern = compileDocNumberPattern(kind.pattern);
  const year = Number(issuedOn.slice(0, 4));
  const authority = input.authorityShort ?? authorityShortName(division.name);
  const authorityName = input.authorityName ?? `${division.name}应急管理局`;
  // Checked before the counter moves, so that a refused number costs no sequence.
  formatDocNumber(pattern, { authority, kind: kind.abbreviation, year, seq: 1 });
  const seq = await repo.nextSeq(trx, input.divisionCode, kind.code, year);
  const number = formatDocNumber(pattern, { authority, kind: kind.abbreviation, year, seq });
  const id = crypto.randomUUID();
  const origin = (ctx.config.publicOrigin ?? input.origin ?? 'http://localhost').replace(/\/$/, '');
  const verifyUrl = `${origin}${verifyPath(id)}`;
  const pdf = await renderDocumentPdf(
    { authorityName, title: template.title, number, issuedOn, verifyUrl },
    template,
    input.data,
  );
  const sha256 = crypto.createHash('sha256').update(pdf).digest('hex');
  await repo.insertDocument(trx, {
    id,
    division_code: input.divisionCode,
    kind: kind.code,
    year,
    seq,
    number,
    authority_name: authorityName,
    title: template.title,
    template_key: template.key,
    template_version: template.version,
    issued_on: issuedOn,
    data: input.data,
    pdf,
    sha256,
    subject_type: input.subject?.type ?? null,
    subject_id: input.subject?.id ?? null,
    enterprise_id: input.enterpriseId ?? null,
    withdrawn_at: null,
    withdrawn_reason: null,
    withdrawn_by: null,
    issued_by: rc.actor?.userId ?? null,
  });
  await ctx.audit(trx, rc, {
    eventType: 'document',
    action: 'document.issue',
    objectType: 'document',
    objectId: id,
    diff: {
      after: {
        kind: kind.code,
        number,
        sha256,
        template: `${template.key}@${template.version}`,
        subject: input.subject ?? null,
      },
    },
  });
  return { id, number, seq, issuedOn, sha256, verifyUrl, pdf };
}

/**
 * Withdraws an issued document (撤回: a decision changed or revoked, a mistake corrected) inside the
 * caller's transaction, audited. The document and its number stay; its public page then says 已撤回.
 * The caller has checked that the actor may (the issuing module's own rule, or `document.withdraw`).
 */
export async function withdrawDocumentIn(
  ctx: AppContext,
  trx: Db,
  rc: RequestContext,
  id: string,
  reason: string,
): Promise<void> {
  const row = await repo.lockDocument(trx, id);
  if (!row) throw new AppError('NOT_FOUND', '文书不存在');
  if (row.status === 'withdrawn') throw new AppError('CONFLICT', '文书已撤回');
  await repo.markWithdrawn(trx, id, reason, rc.actor?.userId ?? null);
  await ctx.audit(trx, rc, {
    eventType: 'document',
    action: 'document.withdraw',
    objectType: 'document',
    objectId: id,
    reason,
    diff: { before: { status: 'valid' }, after: { status: 'withdrawn' } },
  });
}

const sought = (id: string) => ({ type: 'document', id, label: '文书' });

/** `POST /api/documents/{id}/withdraw`: the issuing office withdraws one of its documents. */
export async function withdrawDocument(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  reason: string,
): Promise<DocumentDto> {
  const actor = requireActor(rc);
  foundInScope(await repo.findInScope(ctx.db, actor, id), sought(id));
  await ctx.db.transaction().execute((trx) => withdrawDocumentIn(ctx, trx, rc, id, reason));
  return getDocument(ctx, rc, id);
}

const presentPublic = (r: repo.PublicRow): PublicDocumentDto => ({
  id: r.id,
  kindName: r.kind_name,
  title: r.title,
  number: r.number,
  authority: r.authority_name,
  issuedOn: r.issued_on,
  sha256: r.sha256,
  status: r.status,
  withdrawnOn: r.withdrawn_at ? chinaDate(r.withdrawn_at) : null,
});

/** `GET /api/public/documents/{id}`: the verification page, for anyone holding the paper. */
export async function publicDocument(ctx: AppContext, id: string): Promise<PublicDocumentDto> {
  const row = await repo.findPublic(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', '文书不存在或编号有误');
  return presentPublic(row);
}

export async function getDocument(ctx: AppContext, rc: RequestContext, id: string): Promise<DocumentDto> {
  const row = foundInScope(await repo.findInScope(ctx.db, requireActor(rc), id), sought(id));
  return {
    ...presentPublic(row),
    kind: row.kind,
    divisionCode: row.division_code,
    templateKey: row.template_key,
    templateVersion: row.template_version,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    withdrawnReason: row.withdrawn_reason,
    size: row.size,
  };
}

/** The stored PDF (the bytes whose hash the public page shows), for an actor in scope. */
export async function documentPdf(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
): Promise<{ filename: string; buffer: Buffer }> {
  foundInScope(await repo.findInScope(ctx.db, requireActor(rc), id), sought(id));
  return readDocumentPdf(ctx.db, id);
}

/** For issuing modules that checked access themselves (an enterprise downloading what was served on it). */
export async function readDocumentPdf(db: Db, id: string): Promise<{ filename: string; buffer: Buffer }> {
  const row = await repo.readPdf(db, id);
  if (!row) throw new AppError('NOT_FOUND', '文书不存在');
  return { filename: `${row.title}-${row.number}.pdf`, buffer: row.pdf };
}

/** The documents attached to a subject (a case), oldest first. */
export const documentsOf = (db: Db, subject: { type: string; id: string }) =>
  repo.listBySubject(db, subject.type, subject.id);

const presentKind = (k: repo.KindRow): DocumentKindDto => ({
  code: k.code,
  name: k.name,
  abbreviation: k.abbreviation,
  pattern: k.pattern,
  example: formatDocNumber(compileDocNumberPattern(k.pattern), {
    authority: '中卫',
    kind: k.abbreviation,
    year: Number(chinaDate(new Date()).slice(0, 4)),
    seq: 1,
  }),
  updatedAt: k.updated_at.toISOString(),
});

export async function listDocumentKinds(ctx: AppContext): Promise<DocumentKindDto[]> {
  return (await repo.listKinds(ctx.db)).map(presentKind);
}

/** An administrator changes a kind's name, abbreviation or number pattern (audited); numbers keep counting. */
export async function updateDocumentKind(
  ctx: AppContext,
  rc: RequestContext,
  code: string,
  input: DocumentKindInput,
): Promise<DocumentKindDto> {
  const actor = requireActor(rc);
  const pattern = compileDocNumberPattern(input.pattern);
  try {
    formatDocNumber(pattern, { authority: '中卫', kind: input.abbreviation, year: 2026, seq: 1 });
  } catch {
    throw AppError.invalid([{ field: 'abbreviation', message: '文书简称含有与编号格式冲突的字符' }]);
  }
  const saved = await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.lockKind(trx, code);
    if (!before) throw new AppError('NOT_FOUND', '文书种类不存在');
    const after = await repo.updateKind(trx, code, input, actor.userId);
    await ctx.audit(trx, rc, {
      eventType: 'reference',
      action: 'document.kind.update',
      objectType: 'doc_kind',
      objectId: code,
      diff: {
        before: { name: before.name, abbreviation: before.abbreviation, pattern: before.pattern },
        after: input,
      },
    });
    return after;
  });
  return presentKind(saved);
}
