import type { ColumnType, Generated } from 'kysely';

/** A `date` column, read as `::text` (YYYY-MM-DD). */
type DateColumn = ColumnType<string, string, string>;

/** Migration 20261203T1830: kinds of 执法文书, the gap-free counters and the issued documents. */
export interface DocKindTable {
  code: string;
  name: string;
  abbreviation: string;
  pattern: string;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface DocCounterTable {
  division_code: string;
  kind: string;
  year: number;
  last_seq: number;
}

export interface DocumentTable {
  id: string;
  division_code: string;
  kind: string;
  year: number;
  seq: number;
  number: string;
  authority_name: string;
  title: string;
  template_key: string;
  template_version: number;
  issued_on: DateColumn;
  data: unknown;
  pdf: Buffer;
  sha256: string;
  subject_type: string | null;
  subject_id: string | null;
  enterprise_id: string | null;
  status: Generated<'valid' | 'withdrawn'>;
  withdrawn_at: Date | null;
  withdrawn_reason: string | null;
  withdrawn_by: string | null;
  issued_by: string | null;
  created_at: Generated<Date>;
}

// The tables this file owns, merged into the one Database type (db/ imports no module).
declare module '../../db/schema.ts' {
  interface Database {
    doc_kind: DocKindTable;
    doc_counter: DocCounterTable;
    document: DocumentTable;
  }
}
