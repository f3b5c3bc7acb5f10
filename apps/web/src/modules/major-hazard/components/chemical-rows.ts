import type { MajorHazardChemicalInput } from '@anjian/domain';

/** How a row names its chemical: 表1 name or CAS, a 表2 category, or Q and β given outright. */
export type ChemicalBy = 'name' | 'cas' | 'symbol' | 'custom';

/** One row of the chemicals editor, as typed (decimals stay strings, so they reach the server exactly). */
export interface ChemicalRow {
  by: ChemicalBy;
  /** The name, the CAS number, the category (W5.4) or, for `custom`, an optional name. */
  key?: string;
  /** 表2 categories for β (and for a chemical named outside 表1), comma-separated. */
  symbol?: string;
  q?: string | number;
  Q?: string | number;
  beta?: string | number;
}

const text = (v: string | number | undefined) => (v === undefined || v === null ? '' : String(v).trim());

const symbols = (s: string) => {
  const list = s
    .split(/[,，、\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);
  return list.length === 0 ? undefined : list.length === 1 ? list[0] : list;
};

/** A row as the API takes it; null while the row is not filled in enough to be sent. */
export function rowToInput(r: ChemicalRow): MajorHazardChemicalInput | null {
  const key = text(r.key);
  const q = text(r.q);
  if (q === '') return null;
  const symbol = symbols(text(r.symbol));
  switch (r.by) {
    case 'name':
      return key ? { name: key, q, ...(symbol ? { symbol } : {}) } : null;
    case 'cas':
      return key ? { cas: key, q, ...(symbol ? { symbol } : {}) } : null;
    case 'symbol': {
      const s = symbols(key);
      return s ? { symbol: s, q } : null;
    }
    case 'custom': {
      const Q = text(r.Q);
      const beta = text(r.beta);
      if (!Q || !beta) return null;
      return { ...(key ? { name: key } : {}), q, Q, beta };
    }
  }
}

/** The rows the API took back into the editor (a unit being edited). */
export function inputToRow(c: MajorHazardChemicalInput): ChemicalRow {
  const symbol = c.symbol === undefined ? undefined : [c.symbol].flat().join(', ');
  const str = (v: string | number | undefined) => (v === undefined ? undefined : String(v));
  if (c.Q !== undefined) return { by: 'custom', key: c.name, q: str(c.q), Q: str(c.Q), beta: str(c.beta) };
  if (c.cas !== undefined) return { by: 'cas', key: c.cas, symbol, q: str(c.q) };
  if (c.name !== undefined) return { by: 'name', key: c.name, symbol, q: str(c.q) };
  return { by: 'symbol', key: symbol, q: str(c.q) };
}

/** The label of a stored chemical in lists. */
export const chemicalLabel = (c: MajorHazardChemicalInput) =>
  c.name ?? c.cas ?? (c.symbol === undefined ? '自定义' : [c.symbol].flat().join('、'));
