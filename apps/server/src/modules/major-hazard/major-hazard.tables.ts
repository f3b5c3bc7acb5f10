import {
  type MajorHazardTables,
  type StandardTableNo,
  parseGb18218Json,
  standardEntriesOf,
  tablesFromEntries,
} from '@anjian/domain';
import gb18218 from '../../../../../reference/standards/gb18218-2018.json' with { type: 'json' };
import type { Db } from '../../db/database.ts';
import { entriesOf, insertMissingEntries } from './major-hazard-standard.repository.ts';

let shippedTables: MajorHazardTables | undefined;

/** GB 18218-2018 Tables 1–6 as shipped in reference/standards (parsed once). */
export function shipped(): MajorHazardTables {
  shippedTables ??= parseGb18218Json(gb18218);
  return shippedTables;
}

/**
 * The tables in force, per database (two apps in one process never share them), until an edit here drops
 * them, or at most a minute (so that another process on the same database takes an edit made there).
 */
const cache = new WeakMap<Db, { tables: Promise<MajorHazardTables>; loadedAt: number }>();
const MAX_AGE_MS = 60_000;

/** The rows of the database as tables (revision: the highest of the rows'). */
export async function loadTables(db: Db): Promise<MajorHazardTables> {
  const { version } = shipped();
  const rows = await entriesOf(db, version);
  if (rows.length === 0) return shipped(); // before the first seeding
  return tablesFromEntries(
    version,
    rows.map((r) => ({
      tableNo: r.table_no as StandardTableNo,
      key: r.entry_key,
      sort: r.sort,
      value: r.value,
      revision: r.revision,
    })),
  );
}

/**
 * GB 18218-2018 Tables 1–6 as the database holds them (an administrator may have corrected an entry),
 * read once per database and kept in memory, so the calculator stays a pure computation; an edit drops
 * the cached copy after its commit. The version and revision go with every result.
 */
export function majorHazardTables(db: Db): Promise<MajorHazardTables> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.loadedAt < MAX_AGE_MS) return hit.tables;
  const tables = loadTables(db);
  cache.set(db, { tables, loadedAt: Date.now() });
  tables.catch(() => cache.delete(db));
  return tables;
}

export function forgetMajorHazardTables(db: Db) {
  cache.delete(db);
}

/** seedReference: adds the entries the database lacks, as shipped; never overwrites an edit. */
export async function seedStandardTables(db: Db) {
  const tables = shipped();
  await insertMissingEntries(db, tables.version, standardEntriesOf(tables));
  forgetMajorHazardTables(db);
}
