import { z } from 'zod';

export const documentStatuses = ['valid', 'withdrawn'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];
export const documentStatusNames: Record<DocumentStatus, string> = { valid: '有效', withdrawn: '已撤回' };

/**
 * `GET /api/public/documents/{id}`: what anyone holding the paper may check — nothing personal (no party,
 * no person, no content), only the document's identity, its hash and whether it still stands.
 */
export const publicDocumentDto = z.object({
  id: z.string(),
  /** 现场检查记录 */
  kindName: z.string(),
  title: z.string(),
  number: z.string(),
  /** 中卫市应急管理局 */
  authority: z.string(),
  issuedOn: z.string(),
  sha256: z.string(),
  status: z.enum(documentStatuses),
  withdrawnOn: z.string().nullable(),
});
export type PublicDocumentDto = z.infer<typeof publicDocumentDto>;

/** An issued document as the issuing office sees it (GET /api/documents/{id}). */
export const documentDto = publicDocumentDto.extend({
  kind: z.string(),
  divisionCode: z.string(),
  templateKey: z.string(),
  templateVersion: z.number().int(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  size: z.number().int(),
});
export type DocumentDto = z.infer<typeof documentDto>;

export const documentKindDto = z.object({
  code: z.string(),
  name: z.string(),
  abbreviation: z.string(),
  pattern: z.string(),
  /** The pattern filled with this year's values and number 1, as a preview. */
  example: z.string(),
  updatedAt: z.string(),
});
export type DocumentKindDto = z.infer<typeof documentKindDto>;
