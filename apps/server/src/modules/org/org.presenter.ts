import type { DepartmentDto, DivisionDto } from '@anjian/domain';
import type { DepartmentRow } from './org.repository.ts';

export const presentDivision = (r: {
  code: string;
  name: string;
  level: string;
  parent_code: string | null;
  has_children: boolean | number;
}): DivisionDto => ({
  code: r.code,
  name: r.name,
  level: r.level,
  parentCode: r.parent_code,
  hasChildren: Boolean(r.has_children),
});

export const presentDepartment = (r: DepartmentRow): DepartmentDto => ({
  id: r.id,
  name: r.name,
  shortName: r.short_name,
  divisionCode: r.division_code,
  divisionName: r.division_name,
  sectors: r.sectors,
  duties: r.duties,
  userCount: Number(r.user_count ?? 0),
});
