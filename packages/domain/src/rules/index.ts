// Versioned legal figures (PRODUCT.md §4 "Law is data") and the periods and rates of a penalty case.
export * from './rules.ts';
export * from './enforcement-rules.ts';
export * from './rule-catalog.ts';
