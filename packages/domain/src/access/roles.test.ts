import { describe, expect, it } from 'vitest';
import { adminRoleCodes, hasPermission, roles } from './roles.ts';

describe('roles (AC-01, AC-04)', () => {
  it('has the three separated admin roles and they share no permission', () => {
    expect(adminRoleCodes).toEqual(['system_admin', 'security_admin', 'audit_admin']);
    const admins = roles.filter((r) => r.admin);
    for (const a of admins) {
      for (const b of admins) {
        if (a === b) continue;
        const shared = a.permissions.filter((p) => (b.permissions as readonly string[]).includes(p) && p !== 'org.read' && p !== 'user.read' && p !== 'role.read');
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
    [null, 'org.read', false], // AC-01: no role → nothing
  ] as const)('%s has %s: %s', (role, permission, expected) => {
    expect(hasPermission(role, permission)).toBe(expected);
  });

  it('gives business roles no admin permission', () => {
    const adminOnly = ['user.write', 'user.grant', 'user.unlock', 'security.policy', 'audit.read', 'audit.verify', 'org.write'];
    for (const r of roles.filter((x) => !x.admin)) {
      expect(r.permissions.filter((p) => adminOnly.includes(p)), r.code).toEqual([]);
    }
  });
});
