import type { ColumnType } from 'kysely';

/** A PostgreSQL `numeric`: node-postgres reads it as a string (exact), writes accept a number or a string. */
export type Numeric = ColumnType<string, number | string, number | string>;
