import type { ColumnType, Generated } from 'kysely';

type DateColumn = ColumnType<string, string, string>;

/** Migration 20261203T1903: one row per version of a figure set by law. */
export interface LegalRuleTable {
  id: string;
  key: string;
  value: unknown;
  effective_from: DateColumn;
  effective_to: DateColumn | null;
  citation: string;
  verified: boolean;
  note: string | null;
  source: 'shipped' | 'admin';
  changed_by: string | null;
  created_at: Generated<Date>;
  superseded_by: string | null;
  superseded_at: Date | null;
}

// The tables this file owns, merged into the one Database type (db/ imports no module).
declare module '../../db/schema.ts' {
  interface Database {
    legal_rule: LegalRuleTable;
  }
}
