import { z } from 'zod';

/** The error body every failing route answers with; named in each route's OpenAPI responses. */
export const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

export const noContent = z.null().describe('无内容');

/** Standard error responses for an authenticated route. */
export const errorResponses = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
} as const;
