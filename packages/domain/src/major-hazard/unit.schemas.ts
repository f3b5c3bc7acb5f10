import { z } from 'zod';
import { MajorHazardLimits, majorHazardCalcResult, majorHazardChemical } from './major-hazard.schemas.ts';
import { majorHazardGaps, registrationDetailSchema, registrationSummarySchema } from './registration.ts';
import { majorHazardLevels } from './tables.ts';

export const majorHazardUnitKinds = ['production', 'storage'] as const;
export type MajorHazardUnitKind = (typeof majorHazardUnitKinds)[number];
export const majorHazardUnitKindNames: Record<MajorHazardUnitKind, string> = {
  production: '生产单元',
  storage: '储存单元',
};

/** A production or storage unit (储存单元: bounded by the tank farm's firewall or the warehouse) and its inventory. */
export const majorHazardUnitBody = z
  .object({
    kind: z.enum(majorHazardUnitKinds),
    name: z.string().trim().min(1).max(100),
    /** People within 500 m of the plant boundary (表5). */
    exposedPeople: z.number().int().min(0).max(MajorHazardLimits.maxExposedPeople),
    chemicals: z.array(majorHazardChemical).min(1).max(MajorHazardLimits.maxChemicals),
  })
  .strict();
export type MajorHazardUnitInput = z.infer<typeof majorHazardUnitBody>;

export const listMajorHazardUnitsQuery = z
  .object({
    divisionCode: z
      .string()
      .regex(/^\d{6,12}$/)
      .optional(),
    level: z.enum(majorHazardLevels).optional(),
    majorOnly: z.enum(['true', 'false']).optional(),
    enterpriseId: z.uuid().optional(),
    /** The worklists: a source lacking a 包保责任人, or whose 安全评估 is missing, out of date or overdue. */
    gap: z.enum(majorHazardGaps).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
  })
  .strict();
export type ListMajorHazardUnitsQuery = z.infer<typeof listMajorHazardUnitsQuery>;

export const majorHazardUnitSchema = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  /** The enterprise's position (WGS-84), for the map; null when the enterprise has none. */
  longitude: z.number().nullable(),
  latitude: z.number().nullable(),
  kind: z.enum(majorHazardUnitKinds),
  name: z.string(),
  exposedPeople: z.number().int(),
  chemicals: z.array(majorHazardChemical),
  S: z.number(),
  R: z.number(),
  exact: z.object({ S: z.string(), R: z.string() }),
  isMajor: z.boolean(),
  level: z.enum(majorHazardLevels).nullable(),
  tablesVersion: z.string(),
  tablesRevision: z.number().int(),
  revision: z.number().int(),
  updatedAt: z.string(),
  /** 备案, 包保 and 安全评估 of a major hazard source; null for a unit below the threshold. */
  registration: registrationSummarySchema.nullable(),
});
export type MajorHazardUnit = z.infer<typeof majorHazardUnitSchema>;

export const majorHazardUnitDetailSchema = majorHazardUnitSchema.extend({
  registration: registrationDetailSchema.nullable(),
  result: majorHazardCalcResult,
  history: z.array(
    z.object({
      revision: z.number().int(),
      S: z.string(),
      R: z.string(),
      level: z.enum(majorHazardLevels).nullable(),
      tablesVersion: z.string(),
      tablesRevision: z.number().int(),
      assessedAt: z.string(),
    }),
  ),
});
export type MajorHazardUnitDetail = z.infer<typeof majorHazardUnitDetailSchema>;
