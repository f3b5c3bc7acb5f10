import { z } from 'zod';
import { sectorCodes } from './sectors.ts';
import { divisionCode, pagingQuery, text } from '../shared/schemas.ts';

export const divisionListQuery = z.object({ parent: divisionCode.optional() }).strict();
export const divisionParam = z.object({ code: divisionCode }).strict();

export const departmentBody = z
  .object({
    name: text(60),
    shortName: text(20).nullish(),
    divisionCode,
    sectors: z.array(z.enum(sectorCodes)).max(30),
    duties: z.string().trim().max(2000).nullish(),
  })
  .strict();
export type DepartmentInput = z.infer<typeof departmentBody>;
export const departmentPatch = departmentBody.partial().strict();
export type DepartmentPatch = z.infer<typeof departmentPatch>;

export const listDepartmentsQuery = pagingQuery
  .extend({ q: z.string().trim().max(50).optional(), divisionCode: divisionCode.optional() })
  .strict();
export type ListDepartmentsQuery = z.infer<typeof listDepartmentsQuery>;
