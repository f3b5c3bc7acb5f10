import { z } from 'zod';
import { contractKindNames, qualificationExpiring, visitKindNames } from '@anjian/domain';
import type { AgencyRow, agencyContracts, agencyStaff, listVisits } from './agency.repository.ts';

/** Qualifications lapsing within this many days are flagged for renewal. */
export const EXPIRY_WARNING_DAYS = 30;

const qualificationSchema = z.object({
  kind: z.string(),
  number: z.string(),
  level: z.string().nullish(),
  issuer: z.string().nullish(),
  expiresOn: z.string(),
  expired: z.boolean(),
  expiringSoon: z.boolean(),
});

export const agencySchema = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  address: z.string().nullable(),
  contactPerson: z.string().nullable(),
  qualifications: z.array(qualificationSchema),
  nextExpiry: z.string().nullable(),
  staffCount: z.number(),
  activeContracts: z.number(),
});

export const staffSchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  certificateNo: z.string().nullable(),
  specialty: z.string().nullable(),
  active: z.boolean(),
});
export const contractSchema = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  kind: z.string(),
  kindName: z.string(),
  contractNo: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  active: z.boolean(),
});
export const agencyDetailSchema = agencySchema.extend({
  staff: z.array(staffSchema),
  contracts: z.array(contractSchema),
});
export const visitSchema = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  visitedOn: z.string(),
  kind: z.string(),
  kindName: z.string(),
  staffIds: z.array(z.string()),
  summary: z.string(),
  hazardsFound: z.number(),
  createdAt: z.string(),
});

export function presentAgency(r: AgencyRow, today: string) {
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

export const presentStaff = (s: StaffRow) => ({
  id: s.id,
  name: s.name,
  title: s.title,
  certificateNo: s.certificate_no,
  specialty: s.specialty,
  active: s.active,
});
export const presentContract = (c: ContractRow) => ({
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
export const presentVisit = (v: VisitRow) => ({
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
