import type { Generated, InsertObject, UpdateObject } from 'kysely';

/**
 * Every table. Each module's (and platform part's) `*.table.ts` adds its own tables to this interface by
 * declaration merging, so db/ imports no module while queries stay typed against the whole schema.
 */
export interface Database {
  schema_migration: { name: string; applied_at: Generated<Date>; checksum: string | null };
}

/** Values for one insert into a table, or several: column values or SQL expressions (sub-selects). */
export type NewRows<T extends keyof Database> =
  InsertObject<Database, T> | readonly InsertObject<Database, T>[];

/** The columns one update sets: values or SQL expressions. */
export type RowChanges<T extends keyof Database> = UpdateObject<Database, T>;
