import { z } from 'zod';
import {
  type HazardAction,
  type HazardStatus,
  daysToDeadline,
  hazardActionNames,
  hazardActions,
  hazardLevels,
  hazardSources,
  hazardStatusNames,
  hazardStatuses,
  isOverdue,
  sectorName,
} from '@anjian/domain';
import type { HazardDetailRow, HazardSummaryRow } from './hazard.repository.ts';
import type { HazardEventTable } from './hazard.table.ts';
import type { Selectable } from 'kysely';

const planSchema = z.object({
  responsiblePerson: z.string(),
  measures: z.string(),
  funds: z.number(),
  deadline: z.string(),
  contingencyPlan: z.string(),
});

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
export type HazardSummary = z.infer<typeof hazardSummarySchema>;

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

export const hazardDetailSchema = hazardSummarySchema.extend({
  plan: planSchema.nullable(),
  reportedBy: z.object({ id: z.string().nullable(), name: z.string().nullable() }),
  assessedAt: z.string().nullable(),
  events: z.array(hazardEventSchema),
  /** What the signed-in user may do next (buttons). */
  allowedActions: z.array(z.enum(hazardActions)),
});
export type HazardDetail = z.infer<typeof hazardDetailSchema>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);
export const photoUrl = (sha256: string) => `/api/hazards/photos/${sha256}`;

export function presentHazardSummary(r: HazardSummaryRow, now: Date): HazardSummary {
  const status = r.status as HazardStatus;
  return {
    id: r.id,
    enterprise: { id: r.enterprise_id, name: r.enterprise_name },
    divisionCode: r.division_code,
    divisionName: r.division_name,
    sector: r.sector,
    sectorName: sectorName(r.sector),
    source: r.source,
    location: r.location,
    description: r.description,
    checklistItem: r.checklist_item,
    level: r.level,
    status,
    statusName: hazardStatusNames[status],
    deadline: r.deadline,
    overdue: isOverdue({ status, deadline: r.deadline }, now),
    daysToDeadline: status === 'accepted' ? null : daysToDeadline(r.deadline, now),
    supervision: r.listed_by_division
      ? {
          divisionCode: r.listed_by_division,
          authority: r.listed_by_name,
          deadline: r.supervision_deadline,
          overdue: isOverdue({ status, deadline: r.supervision_deadline }, now),
        }
      : null,
    foundAt: r.found_at.toISOString(),
    reportedAt: r.reported_at.toISOString(),
    acceptedAt: iso(r.accepted_at),
    rejections: r.rejections,
    updatedAt: r.updated_at.toISOString(),
  };
}

export function presentHazard(
  r: HazardDetailRow,
  events: Selectable<HazardEventTable>[],
  allowedActions: HazardAction[],
  now: Date,
): HazardDetail {
  return {
    ...presentHazardSummary(r, now),
    plan: r.plan,
    reportedBy: { id: r.reported_by, name: r.reported_by_name },
    assessedAt: iso(r.assessed_at),
    events: events.map((e) => ({
      id: Number(e.id),
      action: e.action,
      actionName: hazardActionNames[e.action as HazardAction | 'report'] ?? e.action,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      user: { id: e.user_id, username: e.username, displayName: e.display_name, role: e.role_code },
      comment: e.comment,
      photos: e.photos.map((sha256) => ({ sha256, url: photoUrl(sha256) })),
      detail: e.detail,
      at: e.at.toISOString(),
    })),
    allowedActions,
  };
}
