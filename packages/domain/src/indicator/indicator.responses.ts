import { z } from 'zod';
import { accidentSchema } from '../accident/accident.responses.ts';

/** One indicator for a division and a year (or, with `yearly`, a period). */
export const indicatorValueSchema = z.object({
  key: z.string(),
  name: z.string(),
  kind: z.enum(['rate', 'count']),
  unit: z.string(),
  decimals: z.number(),
  value: z.number().nullable(),
  numerator: z.number(),
  denominator: z.number().nullable(),
  denominatorKind: z.string().nullable(),
  denominatorLabel: z.string().nullable(),
  formula: z.string(),
  yearlyAverage: z
    .number()
    .nullable()
    .optional()
    .describe('期间查询：逐年数值的算术平均（规划“平均数”口径）'),
  yearly: z
    .array(
      z.object({
        year: z.number(),
        value: z.number().nullable(),
        numerator: z.number(),
        denominator: z.number().nullable(),
      }),
    )
    .optional(),
});
export type IndicatorValueDto = z.infer<typeof indicatorValueSchema>;

export const indicatorRecordsSchema = z.object({
  indicator: indicatorValueSchema.optional(),
  counts: z.string(),
  records: z.object({
    items: z.array(accidentSchema),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
  }),
  denominatorRows: z.array(
    z.object({
      divisionCode: z.string(),
      divisionName: z.string(),
      year: z.number(),
      value: z.number(),
      source: z.string().nullable(),
    }),
  ),
});
export type IndicatorRecordsDto = z.infer<typeof indicatorRecordsSchema>;

export const indicatorSeriesSchema = z.object({
  key: z.string(),
  name: z.string(),
  unit: z.string(),
  decimals: z.number(),
  points: z.array(
    z.object({
      year: z.number(),
      value: z.number().nullable(),
      numerator: z.number(),
      denominator: z.number().nullable(),
    }),
  ),
});
export type IndicatorSeriesDto = z.infer<typeof indicatorSeriesSchema>;

export const indicatorBreakdownSchema = z.object({
  key: z.string(),
  name: z.string(),
  unit: z.string(),
  decimals: z.number(),
  year: z.number(),
  items: z.array(
    z.object({
      divisionCode: z.string(),
      divisionName: z.string(),
      value: z.number().nullable(),
      numerator: z.number(),
      denominator: z.number().nullable(),
      rank: z.number(),
    }),
  ),
});
export type IndicatorBreakdownDto = z.infer<typeof indicatorBreakdownSchema>;

const totals = {
  accidents: z.number(),
  deaths: z.number(),
  seriousInjuries: z.number(),
  directLoss: z.number(),
};
export const accidentStatsSchema = z.object({
  division: z.string(),
  from: z.number(),
  to: z.number(),
  byGrade: z.array(z.object({ grade: z.string(), ...totals })),
  byCategory: z.array(z.object({ category: z.string(), categoryName: z.string(), ...totals })),
  byYear: z.array(z.object({ year: z.number(), ...totals })),
});
export type AccidentStatsDto = z.infer<typeof accidentStatsSchema>;

export const indicatorDefinitionSchema = z.object({
  key: z.string(),
  name: z.string(),
  kind: z.enum(['rate', 'count']),
  unit: z.string(),
  decimals: z.number(),
  formula: z.string(),
  denominator: z.object({ kind: z.string(), scale: z.number(), label: z.string() }).optional(),
});
export type IndicatorDefinitionDto = z.infer<typeof indicatorDefinitionSchema>;
