/**
 * Module boundaries (issue 10 §5, ARCHITECTURE.md), checked by `npm run check`: zero violations allowed.
 * Type-only imports count (tsPreCompilationDeps): a cycle through `import type` still couples the files.
 */
const serverModule = '^apps/server/src/modules/';
const webModule = '^apps/web/src/modules/';
const test = '\\.test\\.tsx?$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'This import is part of a cycle (type-only imports included).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'server-module-through-index',
      comment:
        'Another server module is reached only through its index.ts (its manifest and the few functions it offers).',
      severity: 'error',
      from: { path: `${serverModule}([^/]+)/` },
      to: {
        path: serverModule,
        pathNot: [`${serverModule}$1/`, `${serverModule}[^/]+/index\\.ts$`],
      },
    },
    {
      name: 'web-module-through-index',
      comment: 'Another web module is reached only through its index.ts.',
      severity: 'error',
      from: { path: `${webModule}([^/]+)/` },
      to: {
        path: webModule,
        pathNot: [`${webModule}$1/`, `${webModule}[^/]+/index\\.tsx?$`],
      },
    },
    {
      name: 'db-platform-not-to-modules',
      comment: 'db/ and platform/ are the ground floor: they never import a business module.',
      severity: 'error',
      // Tests may drive a platform mechanism through a real module (AU-04 through createDepartment).
      from: { path: '^apps/server/src/(db|platform)/', pathNot: test },
      to: { path: serverModule },
    },
    {
      name: 'domain-no-node-builtins',
      comment: 'packages/domain is pure (shared with the browser): no Node built-ins.',
      severity: 'error',
      from: { path: '^packages/domain/', pathNot: test },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domain-only-zod',
      comment: 'packages/domain is pure: of the npm packages only zod (no pg, kysely, fastify, react …).',
      severity: 'error',
      from: { path: '^packages/domain/', pathNot: test },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        pathNot: '^node_modules/zod/',
      },
    },
    {
      name: 'domain-not-to-apps',
      comment: 'packages/domain is below the apps: it imports nothing from apps/.',
      severity: 'error',
      from: { path: '^packages/domain/' },
      to: { path: '^apps/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import the resolver cannot find would leave a hole in every rule above.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^data/', '^bench/results/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
