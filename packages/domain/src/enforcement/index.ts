// 监管执法 (enforcement): the penalty case machine, its statutory clocks, penalties, the 双随机 draw and document numbers.
export * from './case-machine.ts';
export * from './clocks.ts';
export * from './penalties.ts';
export * from './discretion.ts';
export * from './accident-fine.ts';
export * from './surcharge.ts';
export * from './draw.ts';
export * from './doc-number.ts';
export * from './case-templates.ts';
export * from './enforcement.schemas.ts';
export * from './enforcement.responses.ts';
