import type { Generated } from 'kysely';

export interface DivisionTable {
  code: string;
  name: string;
  level: string;
  parent_code: string | null;
}

export interface SectorTable {
  code: string;
  name: string;
  sort: Generated<number>;
}

export interface DepartmentTable {
  id: string;
  name: string;
  short_name: string | null;
  division_code: string;
  sectors: string[];
  duties: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

// The tables this file owns, merged into the one Database type (db/ imports no module).
declare module '../../db/schema.ts' {
  interface Database {
    division: DivisionTable;
    sector: SectorTable;
    department: DepartmentTable;
  }
}
