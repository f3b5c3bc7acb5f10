import { sql } from 'kysely';
import { migrationStatus } from '../../db/migrate.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { newestAuditRowVerifies } from '../../platform/audit/audit.ts';

export interface ReadinessCheck {
  ok: boolean;
  /** What is wrong, for the operator (Chinese, like every message of the product). */
  detail?: string;
}

export interface Readiness {
  ready: boolean;
  checks: { database: ReadinessCheck; migrations: ReadinessCheck; auditKey: ReadinessCheck };
}

const DATABASE_TIMEOUT_MS = 3_000;

/** A promise that gives up after `ms`, so that a hung database answers "not ready" instead of never. */
function within<T>(ms: number, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${ms} ms 内无响应`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

const failure = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);

/**
 * Readiness (as opposed to liveness): the database answers, its migrations are exactly this version's,
 * and the audit key loaded is the one the log was written with. A load balancer sends users only to an
 * instance that passes all three.
 */
export async function checkReadiness(ctx: AppContext): Promise<Readiness> {
  const notChecked: ReadinessCheck = { ok: false, detail: '数据库不可用，未检查' };
  try {
    await within(DATABASE_TIMEOUT_MS, sql`SELECT 1`.execute(ctx.db));
  } catch (e) {
    return {
      ready: false,
      checks: {
        database: { ok: false, detail: `数据库不可用：${failure(e)}` },
        migrations: notChecked,
        auditKey: notChecked,
      },
    };
  }
  const database: ReadinessCheck = { ok: true };
  let migrations: ReadinessCheck;
  try {
    const m = await within(DATABASE_TIMEOUT_MS, migrationStatus(ctx.db));
    const problems = [
      ...(m.pending.length ? [`未执行的迁移：${m.pending.join('、')}`] : []),
      ...(m.changed.length ? [`执行后被修改的迁移：${m.changed.join('、')}`] : []),
      ...(m.unknown.length ? [`本版本没有的迁移：${m.unknown.join('、')}`] : []),
    ];
    migrations = problems.length ? { ok: false, detail: problems.join('；') } : { ok: true };
  } catch (e) {
    migrations = { ok: false, detail: `无法读取迁移记录：${failure(e)}` };
  }
  let auditKey: ReadinessCheck;
  try {
    auditKey = (await within(DATABASE_TIMEOUT_MS, newestAuditRowVerifies(ctx.db, ctx.auditKey)))
      ? { ok: true }
      : { ok: false, detail: '审计密钥与审计日志不符（最新一条记录无法验证），请检查 ANJIAN_AUDIT_KEY' };
  } catch (e) {
    auditKey = { ok: false, detail: `无法读取审计日志：${failure(e)}` };
  }
  return {
    ready: database.ok && migrations.ok && auditKey.ok,
    checks: { database, migrations, auditKey },
  };
}
