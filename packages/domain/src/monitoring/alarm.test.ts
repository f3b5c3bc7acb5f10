import { describe, expect, it } from 'vitest';
import { evaluateReadings, isOffline, isSustained, minuteOf, thresholdLevel } from './alarm.ts';

describe('thresholdLevel', () => {
  const t = { high: 80, highHigh: 90 };
  it.each([
    [79.99, null],
    [80, 'high'],
    [89.9, 'high'],
    [90, 'high_high'],
    [1000, 'high_high'],
    [-5, null],
  ] as const)('%d → %s', (v, level) => expect(thresholdLevel(v, t)).toBe(level));
  it('a missing threshold never fires', () => {
    expect(thresholdLevel(1e9, { high: null, highHigh: null })).toBeNull();
    expect(thresholdLevel(95, { high: null, highHigh: 90 })).toBe('high_high');
    expect(thresholdLevel(85, { high: null, highHigh: 90 })).toBeNull();
  });
});

describe('offline and sustained', () => {
  const now = new Date('2026-12-03T10:00:00Z');
  const at = (m: number) => new Date(now.getTime() - m * 60_000);
  it('offline from the last reading, or from creation when the point never reported', () => {
    expect(isOffline(at(9), at(100), now, { offlineMinutes: 10 })).toBe(false);
    expect(isOffline(at(10), at(100), now, { offlineMinutes: 10 })).toBe(true);
    expect(isOffline(null, at(5), now, { offlineMinutes: 10 })).toBe(false);
    expect(isOffline(null, at(11), now, { offlineMinutes: 10 })).toBe(true);
  });
  it('sustained at exactly the limit', () => {
    expect(isSustained(at(29), now, { sustainMinutes: 30 })).toBe(false);
    expect(isSustained(at(30), now, { sustainMinutes: 30 })).toBe(true);
  });
  it('minuteOf drops seconds', () => {
    expect(minuteOf(new Date('2026-12-03T10:05:59.999Z')).toISOString()).toBe('2026-12-03T10:05:00.000Z');
  });
});

describe('evaluateReadings', () => {
  const t = { high: 80, highHigh: 90 };
  const at = (s: number) => new Date(Date.UTC(2026, 11, 3, 10, 0, s));
  const rs = (...vs: number[]) => vs.map((v, i) => ({ v, at: at(i) }));
  const none = { threshold: null, offline: false };

  it('normal readings do nothing', () => expect(evaluateReadings(none, rs(10, 20, 79), t)).toEqual([]));
  it('crossing 高报 raises once, with the peak', () =>
    expect(evaluateReadings(none, rs(70, 81, 85, 83), t)).toEqual([
      { type: 'raise', kind: 'high', value: 81, threshold: 80, peak: 85, at: at(1) },
    ]));
  it('高高报 over an open 高报 clears it and raises the higher one', () =>
    expect(
      evaluateReadings({ threshold: { kind: 'high', peak: 82 }, offline: false }, rs(84, 95), t),
    ).toEqual([
      { type: 'peak', value: 84 },
      { type: 'clear', which: 'threshold', at: at(1) },
      { type: 'raise', kind: 'high_high', value: 95, threshold: 90, peak: 95, at: at(1) },
    ]));
  it('高高报 falling to the 高报 band stays open; below 高报 clears', () => {
    const open = { threshold: { kind: 'high_high' as const, peak: 95 }, offline: false };
    expect(evaluateReadings(open, rs(85), t)).toEqual([]);
    expect(evaluateReadings(open, rs(85, 96, 50), t)).toEqual([
      { type: 'peak', value: 96 },
      { type: 'clear', which: 'threshold', at: at(2) },
    ]);
  });
  it('any reading ends 离线', () =>
    expect(evaluateReadings({ threshold: null, offline: true }, rs(10, 11), t)).toEqual([
      { type: 'clear', which: 'offline', at: at(0) },
    ]));
});
