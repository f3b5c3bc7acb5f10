import { z } from 'zod';
import { enterpriseSummarySchema } from './enterprise.responses.ts';

/** Grid coverage of a division: enterprises without a territorial or industry supervisor, and workloads. */
export const gridCoverageSchema = z.object({
  division: z.object({ code: z.string(), name: z.string() }),
  totals: z.object({ total: z.number(), noTerritorial: z.number(), noIndustry: z.number() }),
  divisions: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      total: z.number(),
      noTerritorial: z.number(),
      noIndustry: z.number(),
    }),
  ),
  gaps: z.object({ items: z.array(enterpriseSummarySchema), total: z.number() }),
  workload: z.array(
    z.object({
      userId: z.string(),
      displayName: z.string(),
      divisionCode: z.string().nullable(),
      divisionName: z.string().nullable(),
      enterprises: z.number(),
    }),
  ),
});
export type GridCoverageDto = z.infer<typeof gridCoverageSchema>;

export const enterpriseImportOutcomeSchema = z.object({
  totalRows: z.number(),
  imported: z.number(),
  skipped: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })),
});
export type EnterpriseImportOutcomeDto = z.infer<typeof enterpriseImportOutcomeSchema>;
