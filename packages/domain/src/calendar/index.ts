// Working-day calendar: the State Council's holiday schedule as data, and periods counted as the law counts them.
export * from './dates.ts';
export * from './holidays.ts';
export * from './periods.ts';
export * from './deadline.schemas.ts';
export * from './calendar.schemas.ts';
