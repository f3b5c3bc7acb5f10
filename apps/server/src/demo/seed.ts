import crypto from 'node:crypto';
import fs from 'node:fs';
import {
  checkPassword,
  defaultSecurityPolicy,
  divisionLevelOf,
  isWithinDivision,
  parseEnforcementRules,
  roles,
  sectors,
} from '@anjian/domain';
import type { AppContext } from '../platform/app-context.ts';
import { saveSecurityPolicy } from '../platform/auth/policy.ts';
import { hashPassword } from '../platform/auth/password-hash.ts';
import type { Db } from '../db/database.ts';
import { modules } from '../modules/index.ts';
import { DEMO_PASSWORD, demoAccounts, demoDepartments } from './accounts.ts';
import { systemContext } from '../platform/access/actor.ts';
import { seedLegalRules } from '../platform/rules/rules.ts';
import enforcementRulesJson from '../../../../reference/law/enforcement-rules.json' with { type: 'json' };

const divisionsCsv = new URL('../../../../reference/divisions/ningxia-64.csv', import.meta.url);

export { DEMO_PASSWORD };

/**
 * Loads reference data on every start (idempotent) and, on an empty installation, the region's
 * divisions and the first accounts: the demo set in demo mode, otherwise the three separated admins
 * with ANJIAN_ADMIN_PASSWORD, to be changed at first login (SECURITY.md AC-02).
 */
export async function seed(ctx: AppContext): Promise<void> {
  const { db, config } = ctx;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('role')
      .values(roles.map((r) => ({ code: r.code })))
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    await trx
      .insertInto('sector')
      .values(sectors.map((s, i) => ({ code: s.code, name: s.name, sort: i })))
      .onConflict((oc) =>
        oc
          .column('code')
          .doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), sort: eb.ref('excluded.sort') })),
      )
      .execute();
  });
  // The figures set by law the product ships (reference/law), as versioned rows (platform/rules).
  await seedLegalRules(db, parseEnforcementRules(enforcementRulesJson));
  for (const m of modules) await m.seedReference?.(ctx);
  const hasDivisions = await db.selectFrom('division').select('code').limit(1).executeTakeFirst();
  if (!hasDivisions) await loadDivisions(db, config.region);
  const hasUsers = await db.selectFrom('app_user').select('id').limit(1).executeTakeFirst();
  if (!hasUsers) await seedAccounts(ctx);
  else if (config.production && !config.demo) await refuseDemoDatabase(db);
  // Each module's demo step checks its own emptiness and commits in one transaction, so a start killed
  // half-way through seeding finishes the job on the next start.
  if (config.demo) for (const m of modules) await m.seedDemo?.(ctx);
}

async function loadDivisions(db: Db, region: string): Promise<void> {
  const rows = fs
    .readFileSync(divisionsCsv, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [code = '', name = '', level = '', parent = ''] = line.split(',');
      return { code, name, level, parent_code: parent || null };
    });
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const wanted = rows.filter((r) => isWithinDivision(r.code, region));
  for (let up = byCode.get(region)?.parent_code; up; up = byCode.get(up)?.parent_code) {
    const r = byCode.get(up);
    if (r) wanted.unshift(r);
  }
  if (!wanted.some((r) => r.code === region) || wanted.some((r) => divisionLevelOf(r.code) === null)) {
    throw new Error(`ANJIAN_REGION ${region} is not in reference/divisions/ningxia-64.csv`);
  }
  // Parents first, so the foreign key holds at every insert.
  const order = ['province', 'city', 'county', 'township', 'village'];
  wanted.sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < wanted.length; i += 500) {
      await trx
        .insertInto('division')
        .values(wanted.slice(i, i + 500))
        .execute();
    }
  });
}

/**
 * A database seeded in demo mode holds accounts with the published password: in production outside demo
 * mode it must not serve (AC-02).
 */
async function refuseDemoDatabase(db: Db): Promise<void> {
  const demoSeed = await db
    .selectFrom('audit_log')
    .select('id')
    .where('action', '=', 'system.seed')
    .where('reason', '=', 'demo')
    .limit(1)
    .executeTakeFirst();
  if (demoSeed)
    throw new Error(
      'This database was created in demo mode and its accounts have the published demo password. ' +
        'Start it with ANJIAN_DEMO=true (a demonstration) or use a new database with ANJIAN_ADMIN_PASSWORD.',
    );
}

/** The first accounts: the demo set in demo mode, otherwise the three separated admins (AC-02). */
async function seedAccounts(ctx: AppContext): Promise<void> {
  const { db, config } = ctx;
  if (!config.demo && !config.adminPassword) {
    throw new Error(
      'ANJIAN_ADMIN_PASSWORD must be set to create the first administrators outside demo mode' +
        (config.production ? ' (NODE_ENV=production: demo mode only with ANJIAN_DEMO=true)' : ''),
    );
  }
  if (config.adminPassword && checkPassword(config.adminPassword, 'admin').length > 0) {
    throw new Error(
      'ANJIAN_ADMIN_PASSWORD does not meet the password policy (≥ 8 characters, 3 of 4 classes)',
    );
  }
  await db.transaction().execute(async (trx) => {
    const departmentIds = new Map<string, string>();
    if (config.demo) {
      for (const d of demoDepartments) {
        const id = crypto.randomUUID();
        departmentIds.set(d.name, id);
        await trx
          .insertInto('department')
          .values({
            id,
            name: d.name,
            short_name: d.shortName,
            division_code: config.region,
            sectors: d.sectors,
          })
          .execute();
      }
      // Demo accounts keep working: no password expiry and no dormant-account disabling in the demo policy.
      await saveSecurityPolicy(trx, {
        ...defaultSecurityPolicy,
        dormantDays: 0,
        password: { ...defaultSecurityPolicy.password, expiryDays: 0 },
      });
    }
    const accounts = config.demo
      ? demoAccounts
      : demoAccounts.filter((a) => roles.find((r) => r.code === a.role)?.admin);
    const password = config.demo ? DEMO_PASSWORD : (config.adminPassword as string);
    const hash = await hashPassword(password, config.scryptCost);
    for (const a of accounts) {
      if (a.division && !isWithinDivision(a.division, config.region)) continue;
      await trx
        .insertInto('app_user')
        .values({
          id: crypto.randomUUID(),
          username: a.username,
          display_name: a.displayName,
          role_code: a.role,
          division_code: a.division ?? (a.department ? config.region : null),
          department_id: a.department ? (departmentIds.get(a.department) ?? null) : null,
          enterprise_id: null,
          password_hash: JSON.stringify(hash),
          must_change_password: !config.demo,
        })
        .execute();
    }
    await ctx.audit(trx, systemContext, {
      eventType: 'system',
      action: 'system.seed',
      reason: config.demo ? 'demo' : 'first administrators',
      diff: { accounts: accounts.map((a) => a.username) },
    });
  });
}
