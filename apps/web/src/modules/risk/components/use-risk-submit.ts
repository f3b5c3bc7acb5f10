import type { z } from 'zod';
import { parseInput } from '../../../api/validation.ts';

/**
 * Checks a body with the domain schema the server uses, then sends it. Either 400 (the client's or
 * the server's) is thrown to FormModal, which puts it next to the form's fields.
 */
export const send = <I>(schema: z.ZodType<I>, body: unknown, call: (b: I) => Promise<unknown>) =>
  call(parseInput(schema, body));

export const orNull = (s?: string | null) => (s?.trim() ? s.trim() : undefined);
