import { z } from 'zod';
import { hazardActions, hazardLevels, hazardSources, hazardStatuses } from './lifecycle.ts';

/** The rectification plan as stored; the request schema (`rectificationPlanSchema`) holds the limits. */
const rectificationPlanResponse = z.object({
  responsiblePerson: z.string(),
  measures: z.string(),
  funds: z.number(),
  deadline: z.string(),
  contingencyPlan: z.string(),
});

/** A hazard in a list (docs/api-hazard.md, HazardSummary). */
export const hazardSummarySchema = z.object({
  id: z.string(),
  enterprise: z.object({ id: z.string(), name: z.string() }),
  divisionCode: z.string(),
  divisionName: z.string(),
  sector: z.string(),
  sectorName: z.string(),
  source: z.enum(hazardSources),
  location: z.string(),
  description: z.string(),
  checklistItem: z.string().nullable(),
  level: z.enum(hazardLevels),
  status: z.enum(hazardStatuses),
  statusName: z.string(),
  deadline: z.string().nullable(),
  /** Derived from the deadline at query time. */
  overdue: z.boolean(),
  daysToDeadline: z.number().nullable(),
  supervision: z
    .object({
      divisionCode: z.string(),
      authority: z.string().nullable(),
      deadline: z.string().nullable(),
      overdue: z.boolean(),
    })
    .nullable(),
  foundAt: z.string(),
  reportedAt: z.string(),
  acceptedAt: z.string().nullable(),
  rejections: z.number(),
  updatedAt: z.string(),
});
export type HazardSummaryDto = z.infer<typeof hazardSummarySchema>;

export const hazardEventSchema = z.object({
  id: z.number(),
  action: z.string(),
  actionName: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  user: z.object({
    id: z.string().nullable(),
    username: z.string().nullable(),
    displayName: z.string().nullable(),
    role: z.string().nullable(),
  }),
  comment: z.string().nullable(),
  photos: z.array(z.object({ sha256: z.string(), url: z.string() })),
  detail: z.record(z.string(), z.unknown()).nullable(),
  at: z.string(),
});
export type HazardEventDto = z.infer<typeof hazardEventSchema>;

export const hazardDetailSchema = hazardSummarySchema.extend({
  plan: rectificationPlanResponse.nullable(),
  reportedBy: z.object({ id: z.string().nullable(), name: z.string().nullable() }),
  assessedAt: z.string().nullable(),
  events: z.array(hazardEventSchema),
  /** What the signed-in user may do next (buttons). */
  allowedActions: z.array(z.enum(hazardActions)),
});
export type HazardDetailDto = z.infer<typeof hazardDetailSchema>;
