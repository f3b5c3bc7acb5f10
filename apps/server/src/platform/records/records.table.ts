/** Migration 20261203T1916: the steps of each 执法全过程记录 chain, append-only. */
export interface RecordStepTable {
  chain: string;
  seq: number;
  division_code: string;
  step_type: string;
  at: Date;
  actor: string | null;
  data: unknown;
  attachment_hashes: string[];
  prev_hash: string;
  hash: string;
}

// The tables this file owns, merged into the one Database type (db/ imports no module).
declare module '../../db/schema.ts' {
  interface Database {
    record_step: RecordStepTable;
  }
}
