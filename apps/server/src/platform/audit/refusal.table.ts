/** Refused requests counted per source, kind and minute (platform/audit/refusals.ts). */
export interface RefusalTallyTable {
  source: string;
  kind: string;
  minute: Date;
  ip: string | null;
  username: string | null;
  count: number;
  first_at: Date;
  last_at: Date;
  summarised: boolean;
}

// The tables this file owns, merged into the one Database type (db/ imports no module).
declare module '../../db/schema.ts' {
  interface Database {
    refusal_tally: RefusalTallyTable;
  }
}
