import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('demo mode (AC-02: no published password in production)', () => {
  it.each([
    [{}, true], // a laptop: `npm start` shows the demo
    [{ ANJIAN_ADMIN_PASSWORD: 'First#Boss2026' }, false],
    [{ ANJIAN_DEMO: 'false' }, false],
    [{ NODE_ENV: 'production' }, false], // production never defaults to the demo accounts
    [{ NODE_ENV: 'production', ANJIAN_ADMIN_PASSWORD: 'First#Boss2026' }, false],
    [{ NODE_ENV: 'production', ANJIAN_DEMO: 'true' }, true], // only when asked for explicitly
  ])('%o → demo %s', (env, demo) => {
    expect(loadConfig(env).demo).toBe(demo);
  });
});
