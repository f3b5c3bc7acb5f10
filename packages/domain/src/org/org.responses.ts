import { z } from 'zod';

/** A GB/T 2260 division as the tree lists it. */
export const divisionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  parentCode: z.string().nullable(),
  hasChildren: z.boolean(),
});
export type DivisionDto = z.infer<typeof divisionSchema>;

/** A division with the path from its province down to itself (the breadcrumb). */
export const divisionDetailSchema = divisionSchema
  .omit({ hasChildren: true })
  .extend({ path: z.array(z.object({ code: z.string(), name: z.string() })) });
export type DivisionDetailDto = z.infer<typeof divisionDetailSchema>;

export const departmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  divisionCode: z.string(),
  divisionName: z.string(),
  sectors: z.array(z.string()),
  duties: z.string().nullable(),
  userCount: z.number(),
});
export type DepartmentDto = z.infer<typeof departmentSchema>;

/** A supervision sector (监管行业). */
export const sectorSchema = z.object({ code: z.string(), name: z.string() });
export type SectorDto = z.infer<typeof sectorSchema>;
