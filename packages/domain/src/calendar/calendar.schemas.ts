import { z } from 'zod';
import { holidayYearSchema } from './holidays.ts';

/** `PUT /api/calendar/holidays/{year}`: the notice as published — ranges of days off and the weekend days worked. */
export const holidayYearInput = holidayYearSchema.strict();
export type HolidayYearInput = z.infer<typeof holidayYearInput>;

export const holidayYearParams = z
  .object({
    year: z.coerce.number().int().min(2000, '年份应在 2000–2100 之间').max(2100, '年份应在 2000–2100 之间'),
  })
  .strict();

/** One year's schedule as the product keeps it, days expanded. */
export const holidayYearDto = z.object({
  year: z.number().int(),
  source: z.string(),
  offDays: z.array(z.string()),
  weekendWorkdays: z.array(z.string()),
  workingDays: z.number().int().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type HolidayYearDto = z.infer<typeof holidayYearDto>;
