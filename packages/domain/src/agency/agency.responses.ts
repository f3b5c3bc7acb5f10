import { z } from 'zod';

const agencyQualificationSchema = z.object({
  kind: z.string(),
  number: z.string(),
  level: z.string().nullish(),
  issuer: z.string().nullish(),
  expiresOn: z.string(),
  expired: z.boolean(),
  expiringSoon: z.boolean(),
});

/** A third-party agency (安全生产中介机构) as the list presents it (docs/api-enterprise.md `Agency`). */
export const agencySchema = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  address: z.string().nullable(),
  contactPerson: z.string().nullable(),
  qualifications: z.array(agencyQualificationSchema),
  nextExpiry: z.string().nullable(),
  staffCount: z.number(),
  activeContracts: z.number(),
});
export type AgencyDto = z.infer<typeof agencySchema>;

export const agencyStaffSchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  certificateNo: z.string().nullable(),
  specialty: z.string().nullable(),
  active: z.boolean(),
});
export type AgencyStaffDto = z.infer<typeof agencyStaffSchema>;

export const agencyContractSchema = z.object({
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
export type AgencyContractDto = z.infer<typeof agencyContractSchema>;

export const agencyDetailSchema = agencySchema.extend({
  staff: z.array(agencyStaffSchema),
  contracts: z.array(agencyContractSchema),
});
export type AgencyDetailDto = z.infer<typeof agencyDetailSchema>;

export const agencyVisitSchema = z.object({
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
export type AgencyVisitDto = z.infer<typeof agencyVisitSchema>;
