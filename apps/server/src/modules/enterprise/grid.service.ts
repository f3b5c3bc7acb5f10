import {
  AppError,
  type BulkGridAssignmentInput,
  type FieldIssue,
  type GridAssignmentInput,
  divisionLevelOf,
  isWithinDivision,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import * as grid from './grid.repository.ts';
import { listEnterprises, updateEnterprises } from './enterprise.repository.ts';
import { presentEnterpriseSummary } from './enterprise.presenter.ts';
import { getEnterprise, requirePermission } from './enterprise.service.ts';
import { recordChange } from './enterprise.write.ts';

type Target = Awaited<ReturnType<typeof grid.enterprisesForAssignment>>[number];

const columnOf = {
  gridUserId: 'grid_user_id',
  industryDepartmentId: 'industry_department_id',
  industryPerson: 'industry_person',
  enterprisePerson: 'enterprise_person',
  focus: 'supervision_focus',
} as const;

/**
 * Checks an assignment against each enterprise: the 属地责任人 must be an active grid member whose
 * division covers the enterprise; the 行业监管部门 must cover its division and regulate its sector.
 */
async function assignmentIssues(
  db: Db,
  input: GridAssignmentInput,
  targets: Target[],
  fieldPrefix: (i: number) => string,
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const user = input.gridUserId ? await grid.findGridUser(db, input.gridUserId) : undefined;
  if (
    input.gridUserId &&
    (!user || user.role_code !== 'grid_member' || user.status !== 'active' || !user.division_code)
  ) {
    return [{ field: 'gridUserId', message: '属地责任人须为在用的网格员账号' }];
  }
  const dept = input.industryDepartmentId
    ? await grid.findDepartmentForAssignment(db, input.industryDepartmentId)
    : undefined;
  if (input.industryDepartmentId && !dept) return [{ field: 'industryDepartmentId', message: '部门不存在' }];
  targets.forEach((e, i) => {
    if (user?.division_code && !isWithinDivision(e.division_code, user.division_code)) {
      issues.push({ field: `${fieldPrefix(i)}gridUserId`, message: `网格员不负责“${e.name}”所在区划` });
    }
    if (dept) {
      if (!isWithinDivision(e.division_code, dept.division_code))
        issues.push({
          field: `${fieldPrefix(i)}industryDepartmentId`,
          message: `“${e.name}”不在该部门辖区内`,
        });
      else if (
        !dept.sectors.includes(e.sector) &&
        !e.secondary_sectors.some((s) => dept.sectors.includes(s))
      ) {
        issues.push({
          field: `${fieldPrefix(i)}industryDepartmentId`,
          message: `该部门不监管“${e.name}”的行业`,
        });
      }
    }
  });
  return issues;
}

/** Writes one assignment to many enterprises with their change-log rows and one audit row. */
async function applyAssignment(
  ctx: AppContext,
  rc: RequestContext,
  input: GridAssignmentInput,
  ids: string[],
  action: string,
) {
  const actor = requireActor(rc);
  return ctx.db.transaction().execute(async (trx) => {
    const targets = await grid.enterprisesForAssignment(trx, actor, ids);
    const found = new Map(targets.map((t) => [t.id, t]));
    for (const id of ids)
      if (!found.get(id)?.in_scope)
        throw found.has(id)
          ? AppError.outOfScope('enterprise', id)
          : new AppError('NOT_FOUND', `企业不存在：${id}`);
    const ordered = ids.map((id) => found.get(id) as Target);
    const issues = await assignmentIssues(trx, input, ordered, (i) =>
      ids.length > 1 ? `enterpriseIds[${i}].` : '',
    );
    if (issues.length) throw AppError.invalid(issues);
    const set: Record<string, string | null> = {};
    for (const [k, col] of Object.entries(columnOf)) {
      const v = input[k as keyof GridAssignmentInput];
      if (v !== undefined) set[col] = v;
    }
    await updateEnterprises(trx, ids, { ...set, updated_at: new Date() });
    for (const t of ordered) {
      const changes: Record<string, { before: unknown; after: unknown }> = {};
      for (const [k, col] of Object.entries(columnOf)) {
        const after = input[k as keyof GridAssignmentInput];
        const before = t[col];
        if (after !== undefined && after !== before) changes[k] = { before, after };
      }
      if (Object.keys(changes).length) await recordChange(trx, actor, t.id, 'grid', changes);
    }
    await ctx.audit(trx, rc, {
      eventType: 'enterprise',
      action,
      objectType: 'enterprise',
      objectId: ids.length === 1 ? ids[0] : `${ids.length} 家`,
      diff: { enterpriseIds: ids, after: input },
    });
    return ids.length;
  });
}

/** Sets 属地责任人 / 行业监管部门和责任人 / 企业主体责任人 / 监管重点 of one enterprise. */
export async function assignGrid(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  input: GridAssignmentInput,
) {
  requirePermission(requireActor(rc), 'grid.assign');
  await getEnterprise(ctx, rc, id);
  await applyAssignment(ctx, rc, input, [id], 'enterprise.grid_assign');
  return getEnterprise(ctx, rc, id);
}

/** The same assignment for many enterprises at once (bulk assignment in the UI); all or nothing. */
export async function bulkAssignGrid(ctx: AppContext, rc: RequestContext, input: BulkGridAssignmentInput) {
  requirePermission(requireActor(rc), 'grid.assign');
  const { enterpriseIds, ...assignment } = input;
  const ids = [...new Set(enterpriseIds)];
  return { updated: await applyAssignment(ctx, rc, assignment, ids, 'enterprise.grid_bulk_assign') };
}

const CHILD_LENGTH = { province: 6, city: 6, county: 9, township: 12, village: 12 } as const;

/**
 * Coverage report ("横向到边、纵向到底") under a division: per child division the live enterprises and
 * the gaps, the first gaps themselves, and each grid member's workload.
 */
export async function coverageReport(ctx: AppContext, rc: RequestContext, divisionCode?: string) {
  const actor = requireActor(rc);
  const root = divisionCode ?? actor.divisionCode ?? ctx.config.region;
  const level = divisionLevelOf(root);
  if (!level) throw AppError.invalid([{ field: 'divisionCode', message: '区划代码无效' }]);
  const [rows, members, gaps] = await Promise.all([
    grid.coverageByDivision(ctx.db, actor, root, CHILD_LENGTH[level]),
    grid.gridWorkload(ctx.db, actor, root),
    listEnterprises(ctx.db, actor, {
      divisionCode: root,
      gap: 'any',
      page: 1,
      pageSize: 100,
      sort: 'divisionCode',
      order: 'asc',
    }),
  ]);
  const names = await grid.divisionNames(ctx.db, [root, ...rows.map((r) => r.code)]);
  const divisions = rows.map((r) => ({
    code: r.code,
    name: names.get(r.code) ?? r.code,
    total: Number(r.total),
    noTerritorial: Number(r.no_territorial),
    noIndustry: Number(r.no_industry),
  }));
  const sum = (k: 'total' | 'noTerritorial' | 'noIndustry') => divisions.reduce((a, d) => a + d[k], 0);
  return {
    division: { code: root, name: names.get(root) ?? root },
    totals: { total: sum('total'), noTerritorial: sum('noTerritorial'), noIndustry: sum('noIndustry') },
    divisions,
    gaps: { items: gaps.items.map(presentEnterpriseSummary), total: gaps.total },
    workload: members.map((m) => ({
      userId: m.id,
      displayName: m.display_name,
      divisionCode: m.division_code,
      divisionName: m.division_name,
      enterprises: Number(m.enterprises ?? 0),
    })),
  };
}
