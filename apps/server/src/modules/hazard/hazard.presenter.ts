import {
  type HazardAction,
  type HazardDetailDto,
  type HazardStatus,
  type HazardSummaryDto,
  daysToDeadline,
  hazardActionNames,
  hazardStatusNames,
  isOverdue,
  sectorName,
} from '@anjian/domain';
import type { HazardDetailRow, HazardSummaryRow } from './hazard.repository.ts';
import type { HazardEventTable } from './hazard.table.ts';
import type { Selectable } from 'kysely';

// Under its former name for hazard.service.ts, which can import it from @anjian/domain instead.
export type { HazardDetailDto as HazardDetail };

const iso = (d: Date | null) => (d ? d.toISOString() : null);
export const photoUrl = (sha256: string) => `/api/hazards/photos/${sha256}`;

export function presentHazardSummary(r: HazardSummaryRow, now: Date): HazardSummaryDto {
  const status = r.status as HazardStatus;
  return {
    id: r.id,
    enterprise: { id: r.enterprise_id, name: r.enterprise_name },
    divisionCode: r.division_code,
    divisionName: r.division_name,
    sector: r.sector,
    sectorName: sectorName(r.sector),
    source: r.source,
    sensitivity: r.sensitivity,
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
    lastRejection: r.last_rejection
      ? { reason: r.last_rejection.reason ?? '', at: new Date(r.last_rejection.at).toISOString() }
      : null,
    updatedAt: r.updated_at.toISOString(),
  };
}

export function presentHazard(
  r: HazardDetailRow,
  events: Selectable<HazardEventTable>[],
  allowedActions: HazardAction[],
  now: Date,
): HazardDetailDto {
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
