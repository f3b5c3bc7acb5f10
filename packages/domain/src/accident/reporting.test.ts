import { describe, expect, it } from 'vitest';
import {
  measureOverdue,
  reportingTimeline,
  requiredReportLevels,
  statYearOf,
  supplementDeadline,
  supplementWindowDays,
} from './reporting.ts';

const t0 = new Date('2020-05-01T10:00:00+08:00');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe('reporting (条例 第九–十三条)', () => {
  it('goes as far up as the grade requires', () => {
    expect(requiredReportLevels('一般')).toEqual(['county', 'city']);
    expect(requiredReportLevels('较大')).toEqual(['county', 'city', 'province']);
    expect(requiredReportLevels('重大')).toEqual(['county', 'city', 'province', 'national']);
    expect(requiredReportLevels('特别重大')).toEqual(['county', 'city', 'province', 'national']);
  });

  it('gives the county 1 hour and each level above 2 hours from the report below; flags late steps', () => {
    const steps = reportingTimeline({
      grade: '较大',
      occurredAt: t0,
      reports: [
        { level: 'county', reportedAt: at(60) },
        { level: 'city', reportedAt: at(200) },
      ],
      now: at(400),
    });
    expect(steps.map((s) => [s.level, s.deadline.getTime() - t0.getTime(), s.status, s.minutesLate])).toEqual(
      [
        ['county', 60 * 60_000, 'on_time', 0], // exactly at the deadline is on time
        ['city', 180 * 60_000, 'late', 20],
        ['province', 320 * 60_000, 'overdue', 80], // 2 h after the city actually reported
      ],
    );
  });

  it('keeps a step pending until its deadline passes, and chains deadlines while nothing is reported', () => {
    const steps = reportingTimeline({ grade: '一般', occurredAt: t0, reports: [], now: at(30) });
    expect(steps.map((s) => [s.status, s.deadline.getTime() - t0.getTime()])).toEqual([
      ['pending', 60 * 60_000],
      ['pending', 180 * 60_000],
    ]);
  });

  it('shows a level reported beyond what the grade requires', () => {
    const steps = reportingTimeline({
      grade: '一般',
      occurredAt: t0,
      reports: [
        { level: 'county', reportedAt: at(10) },
        { level: 'city', reportedAt: at(20) },
        { level: 'province', reportedAt: at(30) },
      ],
      now: at(60),
    });
    expect(steps.map((s) => [s.level, s.required])).toEqual([
      ['county', true],
      ['city', true],
      ['province', false],
    ]);
  });

  it('allows supplementary reports for 30 days, 7 for road traffic and fire (第十三条)', () => {
    expect(supplementWindowDays('industry_trade')).toBe(30);
    expect(supplementWindowDays('road_traffic')).toBe(7);
    expect(supplementWindowDays('fire')).toBe(7);
    expect(supplementDeadline('road_traffic', t0).toISOString()).toBe('2020-05-08T02:00:00.000Z');
  });

  it('counts an accident in the year of its China Standard Time date', () => {
    expect(statYearOf(new Date('2015-12-31T17:00:00Z'))).toBe(2016); // 01:00 on 1 January in Beijing
    expect(statYearOf(new Date('2015-12-31T15:59:59Z'))).toBe(2015);
  });

  it('flags a 整改措施 past its deadline until verified', () => {
    expect(measureOverdue({ deadline: '2020-01-01', status: 'open' }, '2020-01-02')).toBe(true);
    expect(measureOverdue({ deadline: '2020-01-01', status: 'done' }, '2020-01-02')).toBe(true);
    expect(measureOverdue({ deadline: '2020-01-01', status: 'verified' }, '2020-01-02')).toBe(false);
    expect(measureOverdue({ deadline: '2020-01-02', status: 'open' }, '2020-01-02')).toBe(false);
  });
});
