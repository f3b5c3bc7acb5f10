import { describe, expect, it } from 'vitest';
import { adminRoleCodes, hasPermission, roles } from './roles.ts';

describe('roles (AC-01, AC-04)', () => {
  it('has the three separated admin roles and they share no permission', () => {
    expect(adminRoleCodes).toEqual(['system_admin', 'security_admin', 'audit_admin']);
    const admins = roles.filter((r) => r.admin);
    for (const a of admins) {
      for (const b of admins) {
        if (a === b) continue;
        const shared = a.permissions.filter(
          (p) =>
            (b.permissions as readonly string[]).includes(p) &&
            p !== 'org.read' &&
            p !== 'user.read' &&
            p !== 'role.read',
        );
        expect(shared, `${a.code} and ${b.code}`).toEqual([]);
      }
    }
  });

  it.each([
    ['system_admin', 'audit.read', false], // 系统管理员: no audit read
    ['system_admin', 'user.grant', false], // … and no grants
    ['security_admin', 'user.grant', true],
    ['security_admin', 'audit.read', false],
    ['security_admin', 'user.write', false],
    ['audit_admin', 'audit.read', true],
    ['audit_admin', 'user.read', false],
    ['audit_admin', 'security.policy', false],
    ['city_supervisor', 'user.write', false],
    ['county_supervisor', 'audit.read', false],
    ['enterprise_user', 'org.read', false],
    ['enterprise_user', 'enterprise.self', true],
    ['enterprise_user', 'enterprise.write', false], // only the fields it owns, through enterprise.self
    ['agency_user', 'enterprise.read', true],
    ['agency_user', 'agency.visit', true],
    ['agency_user', 'agency.write', false],
    ['grid_member', 'grid.assign', false],
    ['county_supervisor', 'enterprise.import', true],
    ['department_officer', 'enterprise.write', true],
    ['system_admin', 'enterprise.read', false], // 三员 hold no business permission (AC-04)
    ['audit_admin', 'enterprise.read', false],
    ['system_admin', 'hazard.read', false],
    ['security_admin', 'risk.read', false],
    ['audit_admin', 'hazard.accept', false],
    ['enterprise_user', 'hazard.rectify', true],
    ['enterprise_user', 'hazard.accept', false],
    ['grid_member', 'hazard.report', true],
    ['grid_member', 'hazard.assess', false],
    ['county_supervisor', 'hazard.accept', true],
    ['agency_user', 'hazard.rectify', false],
    [null, 'org.read', false], // AC-01: no role → nothing
  ] as const)('%s has %s: %s', (role, permission, expected) => {
    expect(hasPermission(role, permission)).toBe(expected);
  });

  it('gives the 三员 no business permission at all (AC-04)', () => {
    const business = /^(enterprise|grid|agency|accident|indicator|denominator|plan|hazard|risk)\./;
    for (const r of roles.filter((x) => x.admin)) {
      expect(
        r.permissions.filter((p) => business.test(p)),
        r.code,
      ).toEqual([]);
    }
    for (const r of roles.filter(
      (x) => !x.admin && x.code !== 'enterprise_user' && x.code !== 'agency_user',
    )) {
      expect(r.permissions, r.code).toContain('enterprise.read');
    }
  });

  it('gives business roles no admin permission', () => {
    const adminOnly = [
      'user.write',
      'user.grant',
      'user.unlock',
      'security.policy',
      'audit.read',
      'audit.verify',
      'org.write',
    ];
    for (const r of roles.filter((x) => !x.admin)) {
      expect(
        r.permissions.filter((p) => adminOnly.includes(p)),
        r.code,
      ).toEqual([]);
    }
  });

  it('keeps accidents, indicators and plans away from the 三员 (AC-04) and gives them to territorial offices', () => {
    const business = [
      'accident.read',
      'accident.write',
      'accident.investigate',
      'indicator.read',
      'denominator.write',
      'plan.write',
    ] as const;
    for (const r of roles.filter((x) => x.admin)) {
      expect(
        r.permissions.filter((p) => (business as readonly string[]).includes(p)),
        r.code,
      ).toEqual([]);
    }
    for (const p of business) expect(hasPermission('city_supervisor', p), p).toBe(true);
    expect(hasPermission('county_supervisor', 'indicator.read')).toBe(true);
    expect(hasPermission('county_supervisor', 'plan.write')).toBe(false); // targets are set and decomposed by the city
    expect(hasPermission('department_officer', 'accident.write')).toBe(true); // e.g. 交警 file road accidents in their sector
    expect(hasPermission('enterprise_user', 'accident.write')).toBe(false);
  });
});
