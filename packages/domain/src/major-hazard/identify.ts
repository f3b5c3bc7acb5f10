import { AppError, type ErrorCode } from '../shared/errors.ts';
import type {
  ChemicalMixture,
  MajorHazardCalcInput,
  MajorHazardCalcResult,
  MajorHazardChemicalInput,
} from './major-hazard.schemas.ts';
import { ONE, type Ratio, compare, div, mul, ratio, ratioText, sum, toDisplay } from './ratio.ts';
import {
  type HazardCategory,
  type MajorHazardLevel,
  type MajorHazardTables,
  type NamedChemical,
  nameKey,
} from './tables.ts';

/** One chemical with its Q and β settled, exact. */
export interface ResolvedChemical {
  name: string;
  q: Ratio;
  Q: Ratio;
  beta: Ratio;
  source: 'table1' | 'table2' | 'explicit';
  betaSource: 'table3' | 'table4' | 'explicit';
  table1Seq: number | null;
  symbols: string[];
  mixture: ChemicalMixture | null;
  /** q, Q and β as given or as the tables hold them, for display. */
  shown: { q: number; Q: number; beta: number };
}

/** Lookup maps over the tables; cheap (a hundred rows), built per call so an edited table applies at once. */
interface TableIndex {
  byName: Map<string, NamedChemical[]>;
  byAlias: Map<string, NamedChemical[]>;
  byCas: Map<string, NamedChemical[]>;
  categories: Map<string, HazardCategory>;
  toxicBeta: Map<string, string>;
  categoryBeta: Map<string, string>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const symbolKey = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

/** The printed name without a trailing qualifier in brackets: 氯化氢（无水） → 氯化氢, as 表3 names it. */
const bareName = (name: string) => nameKey(name).replace(/\([^()]*\)$/, '');

function indexTables(t: MajorHazardTables): TableIndex {
  const idx: TableIndex = {
    byName: new Map(),
    byAlias: new Map(),
    byCas: new Map(),
    categories: new Map(t.hazardCategories.map((c) => [symbolKey(c.symbol), c])),
    toxicBeta: new Map(t.toxicGasBetas.map((g) => [nameKey(g.name), g.beta])),
    categoryBeta: new Map(t.categoryBetas.map((c) => [symbolKey(c.symbol), c.beta])),
  };
  for (const row of t.namedChemicals) {
    push(idx.byName, nameKey(row.name), row);
    for (const a of new Set(row.aliases.map(nameKey))) push(idx.byAlias, a, row);
    for (const c of row.cas) push(idx.byCas, c, row);
  }
  return idx;
}

const fail = (code: ErrorCode, field: string, message: string) =>
  new AppError(code, message, [{ field, message }]);

const rowText = (r: NamedChemical) => `${r.seq} ${r.name}（${r.criticalQuantity} t）`;

function single(rows: NamedChemical[] | undefined, what: string, field: string): NamedChemical | undefined {
  if (!rows) return undefined;
  if (rows.length > 1)
    throw fail(
      'MAJOR_HAZARD_AMBIGUOUS_CHEMICAL',
      field,
      `${what}对应表1中的多个条目：${rows.map(rowText).join('；')}。请按名称选择`,
    );
  return rows[0];
}

/** 表1 row by printed name first, then by alias (an alias may be shared: 硝化棉 is rows 37–41). */
function table1ByName(idx: TableIndex, name: string, field: string) {
  const key = nameKey(name);
  return single(idx.byName.get(key) ?? idx.byAlias.get(key), `「${name}」`, field);
}

const asList = (symbol: string | string[] | undefined) =>
  symbol === undefined ? [] : typeof symbol === 'string' ? [symbol] : symbol;

/**
 * Settles Q and β of one chemical. Q (4.1.2): a 表1 chemical takes 表1's Q, even where one of its
 * categories has a lower one; any other takes the lowest Q among its 表2 categories. β (4.3.2): 表3 for
 * the named toxic gases, else 表4 by category. Explicit Q or β only fill what the tables leave open
 * (the standard names no β for a chemical whose categories' β differ); contradicting them is an error.
 * 4.2.3: a mixture in the same category as its pure substance counts as that substance, whole; one in a
 * new category is assessed by that category alone.
 */
export function resolveChemical(
  tables: MajorHazardTables,
  chem: MajorHazardChemicalInput,
  field = 'chemical',
): ResolvedChemical {
  return resolveWith(indexTables(tables), chem, field);
}

function resolveWith(idx: TableIndex, chem: MajorHazardChemicalInput, field: string): ResolvedChemical {
  const mixture = chem.mixture ?? null;
  const newCategory = mixture === 'new-category';

  const symbols = asList(chem.symbol).map((s, i) => {
    const key = symbolKey(s);
    const category = idx.categories.get(key);
    if (!category)
      throw fail(
        'MAJOR_HAZARD_UNKNOWN_SYMBOL',
        Array.isArray(chem.symbol) ? `${field}.symbol.${i}` : `${field}.symbol`,
        `表2中没有危险性类别符号「${s}」`,
      );
    return category;
  });

  let row: NamedChemical | undefined;
  if (!newCategory && chem.name !== undefined) row = table1ByName(idx, chem.name, `${field}.name`);
  if (!newCategory && chem.cas !== undefined)
    row = single(idx.byCas.get(chem.cas.trim()), `CAS 号 ${chem.cas}`, `${field}.cas`);

  const label =
    row?.name ??
    chem.name ??
    (chem.cas !== undefined
      ? `CAS ${chem.cas}`
      : symbols.map((c) => `${c.category}（${c.symbol}）`).join('、') || '自定义');
  const explicitQ = chem.Q === undefined ? undefined : ratio(chem.Q);
  const explicitBeta = chem.beta === undefined ? undefined : ratio(chem.beta);

  let shownQ: string | number;
  let source: ResolvedChemical['source'];
  if (row) {
    shownQ = row.criticalQuantity;
    source = 'table1';
    if (explicitQ && compare(explicitQ, ratio(shownQ)) !== 0)
      throw fail(
        'MAJOR_HAZARD_STANDARD_CONFLICT',
        `${field}.Q`,
        `「${row.name}」的临界量由表1规定为 ${row.criticalQuantity} t，不能填写 ${String(chem.Q)} t`,
      );
  } else if (symbols.length > 0) {
    shownQ = symbols.reduce((low, c) =>
      compare(ratio(c.criticalQuantity), ratio(low.criticalQuantity)) < 0 ? c : low,
    ).criticalQuantity;
    source = 'table2';
  } else if (chem.Q !== undefined) {
    shownQ = chem.Q;
    source = 'explicit';
  } else if (chem.cas !== undefined) {
    throw fail(
      'MAJOR_HAZARD_UNKNOWN_CHEMICAL',
      `${field}.cas`,
      `表1中没有 CAS 号为 ${chem.cas} 的危险化学品：请按名称选择，或填写其危险性类别（表2符号，如 W5.4）`,
    );
  } else {
    throw fail(
      'MAJOR_HAZARD_UNKNOWN_CHEMICAL',
      `${field}.name`,
      `表1中没有「${chem.name ?? ''}」：请核对名称，或填写其危险性类别（表2符号，如 W5.4）`,
    );
  }

  // 表3 is matched by the name entered (an alias an administrator added, say) and by 表1's own name.
  const toxic = newCategory
    ? undefined
    : [chem.name, row?.name, row && bareName(row.name)]
        .filter((n): n is string => n !== undefined)
        .map((n) => idx.toxicBeta.get(nameKey(n)))
        .find((b) => b !== undefined);

  let shownBeta: string | number;
  let betaSource: ResolvedChemical['betaSource'];
  if (toxic !== undefined) {
    shownBeta = toxic;
    betaSource = 'table3';
    if (explicitBeta && compare(explicitBeta, ratio(toxic)) !== 0)
      throw fail(
        'MAJOR_HAZARD_STANDARD_CONFLICT',
        `${field}.beta`,
        `「${label}」的校正系数 β 由表3规定为 ${toxic}，不能填写 ${String(chem.beta)}`,
      );
  } else if (chem.beta !== undefined) {
    shownBeta = chem.beta;
    betaSource = 'explicit';
  } else if (symbols.length > 0) {
    const betas = symbols.map((c) => ({
      symbol: c.symbol,
      beta: idx.categoryBeta.get(symbolKey(c.symbol))!,
    }));
    const first = betas[0]!.beta;
    if (betas.some((b) => compare(ratio(b.beta), ratio(first)) !== 0))
      throw fail(
        'MAJOR_HAZARD_BETA_UNDETERMINED',
        `${field}.beta`,
        `「${label}」有多种危险性类别，表4的 β 不同（${betas.map((b) => `${b.symbol} 为 ${b.beta}`).join('，')}），标准未规定取哪一个：请填写 β`,
      );
    shownBeta = first;
    betaSource = 'table4';
  } else {
    throw fail(
      'MAJOR_HAZARD_BETA_UNDETERMINED',
      `${field}.symbol`,
      `「${label}」不在表3中，β 须按表4由其危险性类别确定：请填写危险性类别符号（如 W2）或 β`,
    );
  }

  return {
    name: label,
    q: ratio(chem.q),
    Q: ratio(shownQ),
    beta: ratio(shownBeta),
    source,
    betaSource,
    table1Seq: row?.seq ?? null,
    symbols: symbols.map((c) => c.symbol),
    mixture,
    shown: { q: Number(chem.q), Q: Number(shownQ), beta: Number(shownBeta) },
  };
}

/** 表5: α by the number of people living within 500 m of the plant boundary. */
export function exposureAlpha(tables: MajorHazardTables, people: number): Ratio {
  const row = tables.alphas.find((a) => people >= a.min && (a.max === null || people <= a.max));
  if (!row) throw new RangeError(`表5没有 ${people} 人对应的 α`);
  return ratio(row.alpha);
}

/** 表6: the level whose band holds R (each band includes its lower bound: R = 100 is 一级). */
export function majorHazardLevel(tables: MajorHazardTables, R: Ratio): MajorHazardLevel {
  const band = tables.levels.find(
    (l) =>
      (l.min === null || compare(R, ratio(l.min)) >= 0) &&
      (l.below === null || compare(R, ratio(l.below)) < 0),
  );
  if (!band) throw new RangeError(`表6没有 R = ${ratioText(R)} 所在的级别`);
  return band.level;
}

/**
 * GB 18218-2018 for one unit: S = Σ qᵢ/Qᵢ, a major hazard source when S ≥ 1 (4.2.1; for one chemical
 * the same as q ≥ Q); then R = α·Σ βᵢ·qᵢ/Qᵢ (4.3.2) and its level by 表6. Both decisions are taken on
 * exact fractions; the numbers returned beside them are for display only.
 */
export function assessMajorHazard(
  tables: MajorHazardTables,
  input: MajorHazardCalcInput,
): MajorHazardCalcResult {
  const idx = indexTables(tables);
  const resolved = input.chemicals.map((c, i) => resolveWith(idx, c, `chemicals.${i}`));
  const ratios = resolved.map((r) => div(r.q, r.Q));
  const S = sum(ratios);
  const isMajor = compare(S, ONE) >= 0;
  const alpha = exposureAlpha(tables, input.exposedPeople);
  const R = mul(alpha, sum(resolved.map((r, i) => mul(r.beta, ratios[i]!))));
  return {
    S: toDisplay(S),
    isMajor,
    alpha: toDisplay(alpha),
    R: toDisplay(R),
    level: isMajor ? majorHazardLevel(tables, R) : null,
    exact: { S: ratioText(S), R: ratioText(R) },
    tablesVersion: tables.version,
    tablesRevision: tables.revision,
    terms: resolved.map((r, i) => ({
      name: r.name,
      ...r.shown,
      ratio: toDisplay(ratios[i]!),
      source: r.source,
      betaSource: r.betaSource,
      table1Seq: r.table1Seq,
      symbols: r.symbols,
      mixture: r.mixture,
    })),
  };
}
