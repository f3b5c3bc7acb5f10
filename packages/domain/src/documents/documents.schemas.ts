import { z } from 'zod';
import { text } from '../shared/schemas.ts';
import { compileDocNumberPattern } from '../enforcement/doc-number.ts';

/** `POST /api/documents/{id}/withdraw`: why an issued document no longer stands (撤回 / 撤销 / 更正). */
export const withdrawDocumentInput = z.object({ reason: text(500) }).strict();
export type WithdrawDocumentInput = z.infer<typeof withdrawDocumentInput>;

/** A number pattern the formatter accepts (each of {authority} {kind} {year} {seq} once). */
export const docNumberPatternText = text(80).check((c) => {
  try {
    compileDocNumberPattern(c.value);
  } catch (err) {
    const problems = (err as { details?: { problems?: string[] } }).details?.problems ?? ['格式有误'];
    c.issues.push({ code: 'custom', message: problems.join('；'), input: c.value });
  }
});

/** `PUT /api/documents/kinds/{code}`: a kind's name, the abbreviation in its numbers and the number pattern. */
export const documentKindInput = z
  .object({
    name: text(60),
    /** 应急检记: the {kind} part of the number. */
    abbreviation: text(20),
    pattern: docNumberPatternText,
  })
  .strict();
export type DocumentKindInput = z.infer<typeof documentKindInput>;

export const documentKindParams = z
  .object({ code: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/, '文书种类代码有误') })
  .strict();
