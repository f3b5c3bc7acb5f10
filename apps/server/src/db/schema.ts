import type { Generated } from 'kysely';

/**
 * Every table. Each module's (and platform part's) `*.table.ts` adds its own tables to this interface by
 * declaration merging, so db/ imports no module while queries stay typed against the whole schema.
 */
export interface Database {
  schema_migration: { name: string; applied_at: Generated<Date>; checksum: string | null };
}
