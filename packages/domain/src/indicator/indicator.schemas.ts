import { z } from 'zod';
import { divisionCode, pagingQuery, text } from '../shared/schemas.ts';
import { denominatorKindCodes } from './denominators.ts';
import { indicatorKeys } from './definitions.ts';

const year = z.coerce.number().int().min(1949).max(2100);

const indicatorQueryBase = z.object({
  division: divisionCode,
  year: year.optional(),
  from: year.optional(),
  to: year.optional(),
});
const yearOrPeriod = (q: { year?: number; from?: number; to?: number }) =>
  q.year !== undefined ||
  (q.from !== undefined && q.to !== undefined && q.from <= q.to && q.to - q.from <= 30);
const yearOrPeriodIssue = { message: '请给出 year，或 from ≤ to（最多 30 年）', path: ['year'] };

/** `?division=&year=` for one year, or `?division=&from=&to=` for a period (pooled + yearly mean). */
export const indicatorQuery = indicatorQueryBase.strict().refine(yearOrPeriod, yearOrPeriodIssue);
export type IndicatorQuery = z.infer<typeof indicatorQuery>;

/** The indicator table as a file: .xlsx or a printable PDF. */
export const indicatorExportQuery = indicatorQueryBase
  .extend({ format: z.enum(['xlsx', 'pdf']).default('xlsx') })
  .strict()
  .refine(yearOrPeriod, yearOrPeriodIssue);
export type IndicatorExportQuery = z.infer<typeof indicatorExportQuery>;

export const indicatorKeyParam = z.object({ key: z.enum(indicatorKeys) }).strict();

/** The records an indicator counts: `year`, or `year`..`to` for a period. */
export const indicatorRecordsQuery = pagingQuery
  .extend({ division: divisionCode, year, to: year.optional() })
  .strict();
export type IndicatorRecordsQuery = z.infer<typeof indicatorRecordsQuery>;

export const indicatorSeriesQuery = z
  .object({ division: divisionCode, key: z.enum(indicatorKeys), from: year, to: year })
  .strict()
  .refine((q) => q.from <= q.to && q.to - q.from <= 50, { message: 'from ≤ to，最多 50 年', path: ['from'] });
export type IndicatorSeriesQuery = z.infer<typeof indicatorSeriesQuery>;

/** One indicator for every child division of `parent` (map colouring, county ranking). */
export const indicatorBreakdownQuery = z
  .object({ parent: divisionCode, key: z.enum(indicatorKeys), year })
  .strict();
export type IndicatorBreakdownQuery = z.infer<typeof indicatorBreakdownQuery>;

export const planExportQuery = z
  .object({ division: divisionCode, format: z.enum(['xlsx', 'pdf']).default('xlsx') })
  .strict();

export const denominatorBody = z
  .object({
    divisionCode,
    year,
    kind: z.enum(denominatorKindCodes),
    value: z.number().min(0).max(1e12),
    source: z.string().trim().max(200).nullish(),
  })
  .strict();
export type DenominatorInput = z.infer<typeof denominatorBody>;

export const DenominatorLimits = { maxBatchRows: 5000, maxImportBytes: 5 * 1024 * 1024 } as const;
export const denominatorBatchBody = z
  .object({ rows: z.array(denominatorBody).min(1).max(DenominatorLimits.maxBatchRows) })
  .strict();

export const listDenominatorsQuery = z
  .object({
    division: divisionCode.optional(),
    year: year.optional(),
    from: year.optional(),
    to: year.optional(),
    kind: z.enum(denominatorKindCodes).optional(),
  })
  .strict();
export type ListDenominatorsQuery = z.infer<typeof listDenominatorsQuery>;

export const planBody = z
  .object({
    name: text(60),
    divisionCode,
    startYear: year,
    endYear: year,
    baselineFrom: year.describe('基数年份（十二五：2010）或基数期起始年（十三五：2011）'),
    baselineTo: year,
    baselineLabel: z.string().trim().max(60).nullish(),
  })
  .strict()
  .refine((p) => p.startYear <= p.endYear && p.baselineFrom <= p.baselineTo && p.baselineTo < p.startYear, {
    message: '需满足 基数期 < 规划期，且起止年份有序',
    path: ['startYear'],
  });
export type PlanInput = z.infer<typeof planBody>;

export const targetBody = z
  .object({
    divisionCode,
    indicatorKey: z.enum(indicatorKeys),
    baseline: z.number().min(0).nullish().describe('规划文本给出的基数；空则按记录计算'),
    target: z.number().min(0),
    statedDrop: z.number().nullish().describe('规划文本给出的下降幅度（%）'),
    statedAnnualDrop: z.number().nullish().describe('规划文本给出的年均降幅（%）'),
    note: z.string().trim().max(200).nullish(),
  })
  .strict();
export type TargetInput = z.infer<typeof targetBody>;

export const targetsQuery = z.object({ division: divisionCode }).strict();

/** Splits the plan's targets at `divisionCode` to its child divisions (see decomposeTarget). */
export const decomposeBody = z
  .object({ divisionCode, indicatorKeys: z.array(z.enum(indicatorKeys)).max(50).optional() })
  .strict();
export type DecomposeInput = z.infer<typeof decomposeBody>;

export const accidentStatsQuery = z
  .object({ division: divisionCode, from: year, to: year })
  .strict()
  .refine((q) => q.from <= q.to && q.to - q.from <= 50, { message: 'from ≤ to，最多 50 年', path: ['from'] });
export type AccidentStatsQuery = z.infer<typeof accidentStatsQuery>;
