import { z } from 'zod';
import type { DepartmentRow } from './org.repository.ts';

export const divisionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  parentCode: z.string().nullable(),
  hasChildren: z.boolean(),
});

export const divisionDetailSchema = divisionSchema
  .omit({ hasChildren: true })
  .extend({ path: z.array(z.object({ code: z.string(), name: z.string() })) });

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

export const presentDivision = (r: {
  code: string;
  name: string;
  level: string;
  parent_code: string | null;
  has_children: boolean | number;
}) => ({
  code: r.code,
  name: r.name,
  level: r.level,
  parentCode: r.parent_code,
  hasChildren: Boolean(r.has_children),
});

export const presentDepartment = (r: DepartmentRow) => ({
  id: r.id,
  name: r.name,
  shortName: r.short_name,
  divisionCode: r.division_code,
  divisionName: r.division_name,
  sectors: r.sectors,
  duties: r.duties,
  userCount: Number(r.user_count ?? 0),
});
