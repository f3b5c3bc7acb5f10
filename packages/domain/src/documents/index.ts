// 执法文书: templates as data, the public verification page's shape, kinds and their number patterns.
export * from './template.ts';
export * from './documents.schemas.ts';
export * from './documents.responses.ts';
