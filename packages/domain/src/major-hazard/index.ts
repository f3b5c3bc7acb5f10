// 重大危险源 (GB 18218-2018). The exact arithmetic stays inside; callers see its results as fractions in text.
export * from './tables.ts';
export * from './identify.ts';
export * from './major-hazard.schemas.ts';
export type { Ratio } from './ratio.ts';
export * from './unit.schemas.ts';
export * from './registration.ts';
export * from './standard.ts';
export * from './duty-periods.ts';
