import {
  type AgencyContractDto,
  type AgencyDto,
  type AgencyStaffDto,
  type AgencyVisitDto,
  contractKindNames,
  qualificationExpiring,
  visitKindNames,
} from '@anjian/domain';
import type { AgencyRow, agencyContracts, agencyStaff, listVisits } from './agency.repository.ts';

/** Qualifications lapsing within this many days are flagged for renewal. */
export const EXPIRY_WARNING_DAYS = 30;

export function presentAgency(r: AgencyRow, today: string): AgencyDto {
  return {
    id: r.id,
    name: r.name,
    creditCode: r.credit_code,
    divisionCode: r.division_code,
    divisionName: r.division_name,
    address: r.address,
    contactPerson: r.contact_person,
    qualifications: r.qualifications.map((q) => ({
      ...q,
      expired: q.expiresOn < today,
      expiringSoon: q.expiresOn >= today && qualificationExpiring(q.expiresOn, today, EXPIRY_WARNING_DAYS),
    })),
    nextExpiry: r.next_expiry,
    staffCount: Number(r.staff_count ?? 0),
    activeContracts: Number(r.active_contracts ?? 0),
  };
}

type StaffRow = Awaited<ReturnType<typeof agencyStaff>>[number];
type ContractRow = Awaited<ReturnType<typeof agencyContracts>>[number];
type VisitRow = Awaited<ReturnType<typeof listVisits>>['items'][number];

export const presentStaff = (s: StaffRow): AgencyStaffDto => ({
  id: s.id,
  name: s.name,
  title: s.title,
  certificateNo: s.certificate_no,
  specialty: s.specialty,
  active: s.active,
});
export const presentContract = (c: ContractRow): AgencyContractDto => ({
  id: c.id,
  enterpriseId: c.enterprise_id,
  enterpriseName: c.enterprise_name,
  kind: c.kind,
  kindName: contractKindNames[c.kind],
  contractNo: c.contract_no,
  startsOn: c.starts_on,
  endsOn: c.ends_on,
  active: c.active,
});
export const presentVisit = (v: VisitRow): AgencyVisitDto => ({
  id: v.id,
  enterpriseId: v.enterprise_id,
  enterpriseName: v.enterprise_name,
  visitedOn: v.visited_on,
  kind: v.kind,
  kindName: visitKindNames[v.kind as keyof typeof visitKindNames] ?? v.kind,
  staffIds: v.staff_ids,
  summary: v.summary,
  hazardsFound: v.hazards_found,
  createdAt: v.created_at.toISOString(),
});
