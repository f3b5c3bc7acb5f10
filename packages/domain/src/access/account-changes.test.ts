import { describe, expect, it } from 'vitest';
import { type AccountChange, accountChangeRefusal } from './account-changes.ts';

const sys = { id: 'sys', role: 'system_admin' };
const sec = { id: 'sec', role: 'security_admin' };
const sec2 = { id: 'sec2', role: 'security_admin' };
const aud = { id: 'aud', role: 'audit_admin' };
const county = { id: 'spt', role: 'county_supervisor' };
const fresh = { id: 'new', role: null };

describe('account changes under 三员分立 (8.1.4.2 d, AC-04)', () => {
  it.each<
    [string, { id: string; role: string | null }, { id: string; role: string | null }, AccountChange, boolean]
  >([
    // The probe's takeover chain: the system admin resets and disables the other two admins.
    ['sys resets sec', sys, sec, 'password', false],
    ['sys resets aud', sys, aud, 'password', false],
    ['sys disables aud', sys, aud, 'status', false],
    ['sys edits aud', sys, aud, 'edit', false],
    ['sys re-attaches aud', sys, aud, 'attach', false],
    ['sys resets itself', sys, sys, 'password', false],
    // The security admin acts on the other admins, but not on itself: that needs a second security admin.
    ['sec resets aud', sec, aud, 'password', true],
    ['sec resets sys', sec, sys, 'password', true],
    ['sec disables sys', sec, sys, 'status', true],
    ['sec resets itself', sec, sec, 'password', false],
    ['sec resets its MFA', sec, sec, 'mfa', false],
    ['another sec resets sec', sec2, sec, 'password', true],
    ['aud resets sys', aud, sys, 'password', false],
    // Business accounts: the system admin keeps the account, the security admin decides what it sees.
    ['sys resets a county user', sys, county, 'password', true],
    ['sys disables a county user', sys, county, 'status', true],
    ['sys renames a county user', sys, county, 'edit', true],
    ['sys moves a county user to another division', sys, county, 'attach', false],
    ['sec moves a county user', sec, county, 'attach', true],
    ['sec resets a county user', sec, county, 'password', false],
    ['sys attaches an account without a role', sys, fresh, 'attach', true],
    ['sec unlocks a county user', sec, county, 'unlock', true],
    ['sys unlocks a county user', sys, county, 'unlock', false],
    ['a county user resets another', county, fresh, 'password', false],
  ])('%s → %s', (_name, actor, target, change, allowed) => {
    expect(accountChangeRefusal(actor, target, change) === null).toBe(allowed);
  });
});
