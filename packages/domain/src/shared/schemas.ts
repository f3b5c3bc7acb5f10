import { z } from 'zod';
import { PagingLimits } from './paging.ts';

/** `?page=&pageSize=` with a capped page size (SECURITY.md IP-01). */
export const pagingQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(PagingLimits.maxPageSize)
    .default(PagingLimits.defaultPageSize),
});

export const uuidParam = z.object({ id: z.uuid() }).strict();

export const divisionCode = z.string().regex(/^\d{6}(\d{3}){0,2}$/, '区划代码应为 6、9 或 12 位数字');

/** Trimmed, non-empty free text with a maximum length. */
export const text = (max: number) => z.string().trim().min(1).max(max);

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    /** True when the list has more than `total` rows: big lists count up to a cap (COUNT_CAP on the server). */
    totalCapped: z.boolean().optional(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
