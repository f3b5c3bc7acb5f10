import { z } from 'zod';
import type { FieldIssue } from '../shared/errors.ts';
import {
  type CategoryBeta,
  type ExposureAlpha,
  type HazardCategory,
  type LevelBand,
  type MajorHazardTables,
  type NamedChemical,
  type ToxicGasBeta,
  categoryBetaSchema,
  exposureAlphaSchema,
  hazardCategorySchema,
  levelBandSchema,
  majorHazardTablesSchema,
  namedChemicalSchema,
  toxicGasBetaSchema,
} from './tables.ts';

/**
 * GB 18218-2018 Tables 1–6 as rows of reference data (one row per table entry, keyed by what the
 * standard numbers it by), so an administrator can correct one entry with an audit row; every edit
 * raises the tables' revision, stored with each identification result beside the standard's version.
 */
export const standardTableNos = [1, 2, 3, 4, 5, 6] as const;
export type StandardTableNo = (typeof standardTableNos)[number];

export type StandardEntryValue =
  NamedChemical | HazardCategory | ToxicGasBeta | CategoryBeta | ExposureAlpha | LevelBand;

type TableField = Exclude<keyof MajorHazardTables, 'version' | 'revision'>;

interface TableDef {
  field: TableField;
  title: string;
  /** The field that keys the entry; it cannot be edited (the entry is found by it). */
  keyField: string;
  keyName: string;
  schema: z.ZodType<StandardEntryValue>;
}

export const standardTableDefs: Record<StandardTableNo, TableDef> = {
  1: {
    field: 'namedChemicals',
    title: '表1 危险化学品名称及其临界量',
    keyField: 'seq',
    keyName: '序号',
    schema: namedChemicalSchema,
  },
  2: {
    field: 'hazardCategories',
    title: '表2 未在表1中列举的危险化学品类别及其临界量',
    keyField: 'symbol',
    keyName: '符号',
    schema: hazardCategorySchema,
  },
  3: {
    field: 'toxicGasBetas',
    title: '表3 毒性气体校正系数β取值表',
    keyField: 'name',
    keyName: '名称',
    schema: toxicGasBetaSchema,
  },
  4: {
    field: 'categoryBetas',
    title: '表4 未在表3中列举的危险化学品校正系数β取值表',
    keyField: 'symbol',
    keyName: '符号',
    schema: categoryBetaSchema,
  },
  5: {
    field: 'alphas',
    title: '表5 暴露人员校正系数α取值表',
    keyField: 'min',
    keyName: '人数下限',
    schema: exposureAlphaSchema,
  },
  6: {
    field: 'levels',
    title: '表6 重大危险源级别和R值的对应关系',
    keyField: 'level',
    keyName: '级别',
    schema: levelBandSchema,
  },
};

export const standardEntryKey = (tableNo: StandardTableNo, value: StandardEntryValue): string =>
  String((value as unknown as Record<string, unknown>)[standardTableDefs[tableNo].keyField]);

export interface StandardEntry {
  tableNo: StandardTableNo;
  key: string;
  /** The entry's place in its table, as printed. */
  sort: number;
  value: StandardEntryValue;
}

/** The tables as rows (what the seeding writes). */
export function standardEntriesOf(tables: MajorHazardTables): StandardEntry[] {
  return standardTableNos.flatMap((tableNo) =>
    (tables[standardTableDefs[tableNo].field] as StandardEntryValue[]).map((value, sort) => ({
      tableNo,
      key: standardEntryKey(tableNo, value),
      sort,
      value,
    })),
  );
}

/** The rows back as tables; the revision is the highest of the rows' (0: nothing edited). */
export function tablesFromEntries(
  version: string,
  rows: readonly (StandardEntry & { revision: number })[],
): MajorHazardTables {
  const sorted = [...rows].sort((a, b) => a.tableNo - b.tableNo || a.sort - b.sort);
  const of = (tableNo: StandardTableNo) => sorted.filter((r) => r.tableNo === tableNo).map((r) => r.value);
  return majorHazardTablesSchema.parse({
    version,
    revision: Math.max(0, ...rows.map((r) => r.revision)),
    namedChemicals: of(1),
    hazardCategories: of(2),
    toxicGasBetas: of(3),
    categoryBetas: of(4),
    alphas: of(5),
    levels: of(6),
  });
}

export type StandardEdit =
  | { ok: true; value: StandardEntryValue; before: StandardEntryValue; tables: MajorHazardTables }
  | { ok: false; issues: FieldIssue[] }
  | { ok: false; notFound: true };

const issuesOf = (error: z.ZodError, prefix: string): FieldIssue[] =>
  error.issues.map((i) => ({
    field: [prefix, ...i.path.map(String)].filter(Boolean).join('.'),
    message: i.message,
  }));

/**
 * An administrator's edit of one entry: the entry must pass its table's schema, keep its key, and the
 * tables with it must still pass every cross-check (表4 covers 表2, 表5 has no gap, 表6 bands meet).
 */
export function editStandardEntry(
  tables: MajorHazardTables,
  tableNo: StandardTableNo,
  key: string,
  input: unknown,
): StandardEdit {
  const def = standardTableDefs[tableNo];
  const list = tables[def.field] as StandardEntryValue[];
  const at = list.findIndex((v) => standardEntryKey(tableNo, v) === key);
  if (at < 0) return { ok: false, notFound: true };
  const parsed = def.schema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error, 'value') };
  if (standardEntryKey(tableNo, parsed.data) !== key)
    return {
      ok: false,
      issues: [
        { field: `value.${def.keyField}`, message: `${def.keyName}是条目的标识，不能修改（应为 ${key}）` },
      ],
    };
  const next = {
    ...tables,
    revision: tables.revision + 1,
    [def.field]: list.map((v, i) => (i === at ? parsed.data : v)),
  };
  const checked = majorHazardTablesSchema.safeParse(next);
  if (!checked.success)
    return { ok: false, issues: checked.error.issues.map((i) => ({ field: 'value', message: i.message })) };
  return { ok: true, value: parsed.data, before: list[at]!, tables: checked.data };
}

// Requests and answers of the administrator's page (GET one table, PUT one entry).

const tableNo = z.coerce
  .number()
  .int()
  .refine((n): n is StandardTableNo => (standardTableNos as readonly number[]).includes(n), '表号应为 1–6')
  .transform((n) => n as StandardTableNo);

export const standardTableParam = z.object({ table: tableNo }).strict();
export const standardEntryParams = z.object({ table: tableNo, key: z.string().min(1).max(200) }).strict();
export const standardEntryBody = z
  .object({
    value: z.record(z.string(), z.unknown()),
    /** Why the entry changes (勘误, 新的解释…), kept in the audit row. */
    reason: z.string().trim().min(1, '请填写修改原因').max(500),
  })
  .strict();
export type StandardEntryInput = z.infer<typeof standardEntryBody>;

const entryValue = z.union([
  namedChemicalSchema,
  hazardCategorySchema,
  toxicGasBetaSchema,
  categoryBetaSchema,
  exposureAlphaSchema,
  levelBandSchema,
]);

export const standardTableDto = z.object({
  standard: z.string(),
  tableNo: z.number().int(),
  title: z.string(),
  keyField: z.string(),
  /** The tables' revision now (what the next identification stores). */
  revision: z.number().int(),
  entries: z.array(
    z.object({
      key: z.string(),
      value: entryValue,
      /** As shipped in reference/standards/gb18218-2018.json. */
      shipped: entryValue,
      /** The tables' revision at this entry's last edit; 0: as shipped. */
      revision: z.number().int(),
      editedAt: z.string().nullable(),
      editedByName: z.string().nullable(),
    }),
  ),
});
export type StandardTableDto = z.infer<typeof standardTableDto>;
