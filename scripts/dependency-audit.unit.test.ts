import { describe, expect, it } from 'vitest';
import { type AuditReport, judge } from './dependency-audit.ts';

// Shaped like `npm audit --json` (npm 10): a direct advisory and a package that only carries it.
const report: AuditReport = {
  vulnerabilities: {
    tar: {
      severity: 'high',
      via: [
        {
          source: 1,
          url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc',
          title: 'path',
          severity: 'high',
        },
      ],
    },
    'some-tool': { severity: 'high', via: ['tar'] },
    qs: {
      severity: 'moderate',
      via: [
        {
          source: 2,
          url: 'https://github.com/advisories/GHSA-dddd-eeee-ffff',
          title: 'proto',
          severity: 'moderate',
        },
      ],
    },
  },
};

describe('IP-02: npm audit gate', () => {
  it.each([
    ['no allow-list: the high advisory fails, the moderate one does not', [], ['GHSA-aaaa-bbbb-cccc']],
    [
      'allowed with a reason until a later date',
      [{ advisory: 'GHSA-aaaa-bbbb-cccc', reason: 'dev only', reviewBy: '2027-01-01' }],
      [],
    ],
    [
      'an allow-list entry past its review date no longer excuses it',
      [{ advisory: 'GHSA-aaaa-bbbb-cccc', reason: 'dev only', reviewBy: '2026-11-30' }],
      ['GHSA-aaaa-bbbb-cccc'],
    ],
  ])('%s', (_name, allow, failing) => {
    const v = judge(report, allow, '2026-12-04');
    expect(v.kind).toBe('audited');
    if (v.kind === 'audited') expect(v.failing.map((f) => f.advisory)).toEqual(failing);
  });

  it('an advisory service that does not answer is reported as not audited, never as clean', () => {
    expect(judge({ message: '405 Method Not Allowed' }, [], '2026-12-04')).toEqual({
      kind: 'unreachable',
      why: '405 Method Not Allowed',
    });
  });
});
