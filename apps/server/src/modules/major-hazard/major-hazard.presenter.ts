import type {
  MajorHazardLevel,
  MajorHazardUnit,
  MajorHazardUnitKind,
  RegistrationSummary,
} from '@anjian/domain';
import type { UnitRow } from './major-hazard.repository.ts';

export function presentUnit(r: UnitRow, registration: RegistrationSummary | null): MajorHazardUnit {
  return {
    id: r.id,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    divisionCode: r.division_code,
    divisionName: r.division_name,
    longitude: r.enterprise_longitude === null ? null : Number(r.enterprise_longitude),
    latitude: r.enterprise_latitude === null ? null : Number(r.enterprise_latitude),
    kind: r.kind as MajorHazardUnitKind,
    name: r.name,
    exposedPeople: r.exposed_people,
    chemicals: r.chemicals,
    S: Number(r.s_value),
    R: Number(r.r_value),
    exact: { S: r.s_exact, R: r.r_exact },
    isMajor: r.is_major,
    level: r.level as MajorHazardLevel | null,
    tablesVersion: r.tables_version,
    tablesRevision: r.tables_revision,
    revision: r.revision,
    updatedAt: r.updated_at.toISOString(),
    registration,
  };
}
