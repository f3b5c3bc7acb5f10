import { describe, expect, it } from 'vitest';
import { loadConfig, parseRetentionDays, parseTrustedProxies } from './config.ts';

describe('demo mode (AC-02: no published password in production)', () => {
  it.each([
    [{} as NodeJS.ProcessEnv, true], // a laptop: `npm start` shows the demo
    [{ ANJIAN_ADMIN_PASSWORD: 'First#Boss2026' }, false],
    [{ ANJIAN_DEMO: 'false' }, false],
    [{ NODE_ENV: 'production' }, false], // production never defaults to the demo accounts
    [{ NODE_ENV: 'production', ANJIAN_ADMIN_PASSWORD: 'First#Boss2026' }, false],
    [{ NODE_ENV: 'production', ANJIAN_DEMO: 'true' }, true], // only when asked for explicitly
  ] as [NodeJS.ProcessEnv, boolean][])('%o → demo %s', (env, demo) => {
    const origin = env.NODE_ENV === 'production' ? { ANJIAN_PUBLIC_ORIGIN: 'https://aj.example.gov.cn' } : {};
    expect(loadConfig({ ...env, ...origin }).demo).toBe(demo);
  });
});

describe('forwarded headers and printed addresses', () => {
  it('production refuses to start without ANJIAN_PUBLIC_ORIGIN', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', ANJIAN_ADMIN_PASSWORD: 'First#Boss2026' })).toThrow(
      /ANJIAN_PUBLIC_ORIGIN/,
    );
  });

  it.each([
    [undefined, false],
    ['', false],
    ['1', 1],
    ['10.0.0.5', ['10.0.0.5']],
    ['10.0.0.5, 10.0.1.0/24,::1', ['10.0.0.5', '10.0.1.0/24', '::1']],
  ])('ANJIAN_TRUSTED_PROXIES=%s → %o', (value, expected) => {
    expect(parseTrustedProxies(value)).toEqual(expected);
  });

  it.each(['proxy.local', '10.0.0.0/33', '10.0.0.1/x', 'true'])(
    'refuses ANJIAN_TRUSTED_PROXIES=%s',
    (value) => {
      expect(() => parseTrustedProxies(value)).toThrow(/ANJIAN_TRUSTED_PROXIES/);
    },
  );
});

describe('monitoring retention', () => {
  it.each([
    [undefined, 400],
    ['', 400],
    ['30', 30],
    [' 730 ', 730],
  ] as [string | undefined, number][])('%o → %d days', (v, days) => {
    expect(parseRetentionDays(v)).toBe(days);
    expect(loadConfig({ ANJIAN_MONITORING_RETENTION_DAYS: v }).monitoringRetentionDays).toBe(days);
  });
  it.each(['0', '-5', '1.5', '一年', '30d'])('%o stops the start', (v) => {
    expect(() => parseRetentionDays(v)).toThrow(/ANJIAN_MONITORING_RETENTION_DAYS/);
  });
});
