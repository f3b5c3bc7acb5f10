import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { type BuiltApp, buildApp } from '../apps/server/src/app.ts';
import { testConfig } from '../apps/server/test/test-app.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB_DIST = path.resolve('dist/web');
export const hasBrowser = fs.existsSync(CHROMIUM);
const required = process.env.ANJIAN_E2E_REQUIRE_BROWSER === '1';

if (!hasBrowser) {
  const msg = `\n${'!'.repeat(72)}\n!! Browser tests SKIPPED: ${CHROMIUM} not found (apt-get install chromium fonts-noto-cjk)\n${'!'.repeat(72)}\n`;
  if (required) throw new Error(`ANJIAN_E2E_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing`);
  console.warn(msg);
}
if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
  throw new Error('dist/web is missing: run `npm run build` before the browser tests (npm test does)');
}

export interface E2E {
  app: BuiltApp;
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (own cookies) with a page on it. */
  newPage(): Promise<Page>;
}

/** A suite with a real server (PGlite in memory, built web client) on a free port and headless Chromium. */
export function describeE2E(
  name: string,
  body: (e: () => E2E) => void,
  overrides: Parameters<typeof testConfig>[0] = {},
) {
  (hasBrowser ? describe : describe.skip)(name, () => {
    let env: E2E | undefined;
    beforeAll(async () => {
      const app = await buildApp(testConfig({ webDist: WEB_DIST, loginRateLimit: 1000, ...overrides }));
      await app.app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.app.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      const baseUrl = `http://127.0.0.1:${port}`;
      env = {
        app,
        baseUrl,
        browser,
        newPage: async () => {
          const context = await browser.newContext({
            baseURL: baseUrl,
            locale: 'zh-CN',
            viewport: { width: 1440, height: 900 },
          });
          return context.newPage();
        },
      };
    });
    afterAll(async () => {
      await env?.browser.close();
      await env?.app.app.close();
    });
    body(() => {
      if (!env) throw new Error('e2e environment not started');
      return env;
    });
  });
}

/** Saves a screenshot under test-results/ for a person to look at. */
export async function shot(page: Page, name: string) {
  fs.mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: path.join('test-results', `${name}.png`), fullPage: true });
}

/** A fresh context signed in as a demo account (password Anjian@2026), at desktop or phone width. */
export async function signedIn(e: E2E, username: string, phone = false): Promise<Page> {
  const viewport = phone ? { width: 390, height: 844 } : { width: 1440, height: 900 };
  const context = await e.browser.newContext({ baseURL: e.baseUrl, locale: 'zh-CN', viewport });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('Anjian@2026');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('header-user').waitFor();
  return page;
}
