import crypto from 'node:crypto';
import {
  AppError,
  type IsoDate,
  type LegalRule,
  type RuleListDto,
  type RuleVersionDto,
  type RuleVersionInput,
  ruleAt as ruleInForce,
  ruleSetProblems,
  ruleValueSchemaOf,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { type RequestContext, requireActor } from '../access/actor.ts';
import type { AppContext } from '../app-context.ts';
import * as repo from './rules.repository.ts';

const ruleOf = (r: repo.RuleRow): LegalRule => ({
  id: r.id,
  key: r.key,
  value: r.value,
  effectiveFrom: r.effective_from,
  ...(r.effective_to ? { effectiveTo: r.effective_to } : {}),
  citation: r.citation,
  verified: r.verified,
  ...(r.note ? { note: r.note } : {}),
});

/**
 * The current versions of these keys as the domain's rules (each with its row id), for the pure functions
 * that take a rule set (`clockFor`, `surchargeAt` …): `ruleRef(rule).version` is the id to store.
 */
export async function rulesFor(db: Db, keys: readonly string[]): Promise<LegalRule[]> {
  return (await repo.currentVersions(db, keys)).map(ruleOf);
}

/**
 * The version of `key` in force on `date` (后法优于先法 among overlapping versions); RULE_NOT_IN_FORCE when
 * none covers the day. A computation stores `rule.id` (or `ruleRef(rule)`) beside its result.
 */
export async function ruleAt<V = unknown>(db: Db, key: string, date: IsoDate): Promise<LegalRule<V>> {
  return ruleInForce(await rulesFor(db, [key]), key, date) as LegalRule<V>;
}

/** A version by its id, superseded or not: what an old computation used. */
export async function ruleVersion(db: Db, id: string): Promise<LegalRule | undefined> {
  const row = await repo.findVersion(db, id);
  return row && ruleOf(row);
}

/**
 * Stores the shipped versions the database lacks (on every start): a (key, day) ever stored — even if an
 * administrator corrected it since — is not added again, so an edit is never overwritten.
 */
export async function seedLegalRules(db: Db, shipped: readonly LegalRule[]): Promise<number> {
  const have = new Set((await repo.existingDays(db)).map((r) => `${r.key}@${r.effective_from}`));
  const missing = shipped.filter((r) => !have.has(`${r.key}@${r.effectiveFrom}`));
  if (missing.length === 0) return 0;
  await db.transaction().execute(async (trx) => {
    for (const r of missing)
      await repo.insertVersion(trx, {
        id: crypto.randomUUID(),
        key: r.key,
        value: JSON.stringify(r.value),
        effective_from: r.effectiveFrom,
        effective_to: r.effectiveTo ?? null,
        citation: r.citation,
        verified: r.verified,
        note: r.note ?? null,
        source: 'shipped',
        changed_by: null,
      });
  });
  return missing.length;
}

const present = (r: repo.RuleRow): RuleVersionDto => ({
  id: r.id,
  key: r.key,
  value: r.value,
  effectiveFrom: r.effective_from,
  effectiveTo: r.effective_to,
  citation: r.citation,
  verified: r.verified,
  note: r.note,
  source: r.source,
  changedBy: r.changed_by_name,
  createdAt: r.created_at.toISOString(),
  supersededBy: r.superseded_by,
});

/** `GET /api/rules`: every version, with the problems (ties, gaps, overlaps) among the current ones. */
export async function listRules(ctx: AppContext, key?: string): Promise<RuleListDto> {
  const rows = await repo.listVersions(ctx.db, key);
  const current = rows.filter((r) => r.superseded_by === null).map(ruleOf);
  return { items: rows.map(present), problems: ruleSetProblems(current) };
}

/**
 * `POST /api/rules`: a new version of a rule from its first day in force. The version before it ends that
 * day (its effectiveTo is set), the new one ends where the next begins. The same day as a current version
 * is a correction: the old row is superseded (kept, so computations that used it still read it) and a reason
 * is required. Audited with the versions before and after.
 */
export async function addRuleVersion(
  ctx: AppContext,
  rc: RequestContext,
  input: RuleVersionInput,
): Promise<RuleVersionDto> {
  const actor = requireActor(rc);
  const schema = ruleValueSchemaOf(input.key);
  if (!schema) throw AppError.invalid([{ field: 'key', message: `未知的规则键：${input.key}` }]);
  const value: unknown = schema.parse(input.value);
  const id = crypto.randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const current = (await repo.lockKey(trx, input.key)).map(ruleOf);
    const same = current.find((r) => r.effectiveFrom === input.effectiveFrom);
    if (same && !input.reason)
      throw AppError.invalid([
        {
          field: 'reason',
          message: '该日期已有生效版本：更正须说明理由（原版本保留，已用其计算的结果不变）',
        },
      ]);
    const before = current.filter((r) => r.effectiveFrom < input.effectiveFrom).at(-1);
    const after = current.find((r) => r.effectiveFrom > input.effectiveFrom);
    const effectiveTo = input.effectiveTo ?? same?.effectiveTo ?? after?.effectiveFrom;
    const next: LegalRule = {
      id,
      key: input.key,
      value,
      effectiveFrom: input.effectiveFrom,
      ...(effectiveTo ? { effectiveTo } : {}),
      citation: input.citation,
      verified: input.verified,
      ...(input.note ? { note: input.note } : {}),
    };
    const closed =
      before && (before.effectiveTo === undefined || before.effectiveTo > input.effectiveFrom)
        ? { ...before, effectiveTo: input.effectiveFrom }
        : before;
    const resulting = [
      ...current.filter((r) => r !== same && r !== before),
      ...(closed ? [closed] : []),
      next,
    ];
    const problems = ruleSetProblems(resulting);
    if (problems.length)
      throw AppError.invalid(
        problems.map((p) => ({ field: 'effectiveFrom', message: `版本冲突：${JSON.stringify(p)}` })),
      );
    if (same) await repo.retire(trx, same.id!);
    await repo.insertVersion(trx, {
      id,
      key: next.key,
      value: JSON.stringify(value),
      effective_from: next.effectiveFrom,
      effective_to: next.effectiveTo ?? null,
      citation: next.citation,
      verified: next.verified,
      note: next.note ?? null,
      source: 'admin',
      changed_by: actor.userId,
    });
    if (same) await repo.linkSuccessor(trx, same.id!, id);
    if (closed && closed !== before) await repo.setEffectiveTo(trx, before!.id!, input.effectiveFrom);
    await ctx.audit(trx, rc, {
      eventType: 'reference',
      action: same ? 'rule.version.correct' : 'rule.version.create',
      objectType: 'legal_rule',
      objectId: id,
      ...(input.reason ? { reason: input.reason } : {}),
      diff: {
        before: same ?? null,
        closed: closed && closed !== before ? { id: before!.id, effectiveTo: input.effectiveFrom } : null,
        after: next,
      },
    });
  });
  const saved = await repo.findVersion(ctx.db, id);
  if (!saved) throw new AppError('INTERNAL');
  return present(saved);
}
