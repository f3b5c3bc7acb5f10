import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '@anjian/domain': fileURLToPath(new URL('./packages/domain/src/index.ts', import.meta.url)) };

/**
 * Three levels of tests (STYLE.md §11): pure domain tables, API tests against PGlite and (with
 * ANJIAN_TEST_DATABASE_URL) a PostgreSQL server, and browser end-to-end tests in Debian's Chromium.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: [
            'packages/**/*.test.ts',
            'apps/server/src/**/*.unit.test.ts',
            'apps/web/src/**/*.unit.test.ts',
            'scripts/**/*.unit.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'api',
          include: ['apps/server/src/**/*.test.ts'],
          exclude: ['apps/server/src/**/*.unit.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          env: { NODE_ENV: 'test' },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // A loaded CI machine renders slower than 1 s (the default): polls wait like locators do.
          expect: { poll: { timeout: 15_000 } },
          env: { NODE_ENV: 'test' },
        },
      },
    ],
    maxWorkers: 2,
  },
});
