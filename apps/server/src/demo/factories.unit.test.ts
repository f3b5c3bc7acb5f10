import { describe, expect, it } from 'vitest';
import { gradeAccident, hazardStatuses, validateCreditCode } from '@anjian/domain';
import { buildAccident, buildAgency, buildEnterprise, buildHazard } from './factories.ts';
import { prng } from '@anjian/domain';

describe('prng', () => {
  it('is mulberry32: the sequence every demo data set and bench run was made from', () => {
    const r = prng(20260401);
    expect([r(), r.next(), r()]).toEqual([0.46507471753284335, 0.8177711239550263, 0.19491523713804781]);
    expect(prng(7).int(1, 6)).toBe(prng(7).int(1, 6));
    expect(prng(1).uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('row factories', () => {
  it('make the same rows from the same seed', () => {
    const rows = (seed: number) => {
      const r = prng(seed);
      const e = buildEnterprise(r);
      return [
        e,
        buildHazard(r, e as { id: string; division_code: string; sector: string }),
        buildAccident(r),
        buildAgency(r),
      ];
    };
    expect(rows(5)).toEqual(rows(5));
    expect(rows(5)).not.toEqual(rows(6));
  });

  it('draw the same whatever is overridden, so one override does not shift later rows', () => {
    const a = prng(9);
    const b = prng(9);
    buildEnterprise(a);
    buildEnterprise(b, { name: '指定名称', division_code: '640521100', status: 'closed' });
    expect(buildEnterprise(a)).toEqual(buildEnterprise(b));
  });

  it('give valid GB 32100 credit codes in the row’s county, unique by serial', () => {
    const r = prng(11);
    const codes = Array.from({ length: 2000 }, (_, i) => buildEnterprise(r, {}, { serial: i }));
    for (const e of codes) {
      expect(validateCreditCode(e.credit_code)).toEqual({ valid: true, code: e.credit_code });
      expect(e.credit_code.slice(2, 8)).toBe(e.division_code.slice(0, 6));
    }
    expect(new Set(codes.map((e) => e.credit_code)).size).toBe(codes.length);
    const moved = buildEnterprise(r, { division_code: '640522101' });
    expect(moved.credit_code.slice(2, 8)).toBe('640522');
    expect(validateCreditCode(buildAgency(r).credit_code).valid).toBe(true);
  });

  it('fill what a hazard status implies', () => {
    const r = prng(13);
    const e = { id: r.uuid(), division_code: '640502100', sector: 'construction' };
    for (const status of hazardStatuses) {
      const h = buildHazard(r, e, { status });
      expect(h.status).toBe(status);
      expect({ enterprise: h.enterprise_id, division: h.division_code, sector: h.sector }).toEqual({
        enterprise: e.id,
        division: e.division_code,
        sector: e.sector,
      });
      expect(h.deadline === null).toBe(status === 'reported');
      expect(h.assessed_at === null).toBe(status === 'reported');
      expect(h.accepted_at !== null).toBe(status === 'accepted');
    }
    expect(buildHazard(r, e).status).toBe('reported');
  });

  it('grade an accident by its figures, overrides included', () => {
    const r = prng(17);
    const a = buildAccident(r, { deaths: 3, serious_injuries: 0, direct_loss: 10 });
    expect(a.grade).toBe(gradeAccident({ deaths: 3, seriousInjuries: 0, directLoss: 10 }).grade);
    expect(a.grade).toBe('较大');
    expect(buildAccident(r, { occurred_at: new Date('2024-12-31T20:00:00Z') }).stat_year).toBe(2025);
  });
});
