import { z } from 'zod';
import { isIsoDate } from './dates.ts';
import type { WorkingCalendar } from './holidays.ts';
import { periodEnd, periodUnits } from './periods.ts';

/** Named limits of `POST /api/calc/deadline` (STYLE.md §7): ten years of days is more than any clock needs. */
export const DeadlineLimits = { maxCount: 3660 } as const;

const isoDate = z.string().refine(isIsoDate, '日期应为 YYYY-MM-DD');

/** `POST /api/calc/deadline` request: `{"start":"2026-09-28","count":20,"unit":"workingDays"}`. */
export const deadlineRequest = z
  .object({
    start: isoDate.describe('期间开始的日期（当日不计入，民法典 第二百零一条）'),
    count: z.number().int().min(1).max(DeadlineLimits.maxCount),
    unit: z.enum(periodUnits),
  })
  .strict();
export type DeadlineRequest = z.infer<typeof deadlineRequest>;

/** `{"due":"2026-10-30","provisional":false}`; provisional when a year without a holiday schedule was reached. */
export const deadlineResponse = z
  .object({
    due: isoDate,
    provisional: z.boolean(),
  })
  .strict();
export type DeadlineResponse = z.infer<typeof deadlineResponse>;

/** The last day of the requested period (民法典 第二百零一至二百零三条; 行政处罚法 第八十五条). */
export function calcDeadline(cal: WorkingCalendar, req: DeadlineRequest): DeadlineResponse {
  const end = periodEnd(cal, req.start, { count: req.count, unit: req.unit });
  return { due: end.due, provisional: end.provisional };
}
