import type { IndicatorDefinition } from './definitions.ts';
import { roundTo } from './compute.ts';

/**
 * Decomposes a parent division's target to its children (逐级分解):
 * - a rate (e.g. 亿元GDP死亡率) falls by the same proportion in every child: child target = child baseline
 *   × parent target ÷ parent baseline (a cap — parent target ≥ baseline or baseline 0 — passes unchanged);
 * - a count (e.g. 死亡人数) is shared out in proportion to the children's baselines (evenly when all are
 *   0), rounded with the largest-remainder method so the children add up to the parent's target.
 */
export function decomposeTarget(
  def: Pick<IndicatorDefinition, 'kind' | 'decimals'>,
  parent: { baseline: number; target: number },
  children: { divisionCode: string; baseline: number }[],
): { divisionCode: string; baseline: number; target: number }[] {
  if (children.length === 0) return [];
  if (def.kind === 'rate') {
    const ratio =
      parent.baseline > 0 && parent.target < parent.baseline ? parent.target / parent.baseline : null;
    return children.map((c) => ({
      ...c,
      target: ratio === null ? parent.target : roundTo(c.baseline * ratio, Math.max(def.decimals, 3)),
    }));
  }
  const total = children.reduce((s, c) => s + c.baseline, 0);
  const shares = children.map((c) => (total > 0 ? c.baseline / total : 1 / children.length) * parent.target);
  const floors = shares.map((s) => Math.floor(s + 1e-9));
  let left = Math.round(parent.target) - floors.reduce((s, v) => s + v, 0);
  const order = shares
    .map((s, i) => ({ i, rem: s - (floors[i] ?? 0) }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const o of order) {
    if (left <= 0) break;
    floors[o.i] = (floors[o.i] ?? 0) + 1;
    left -= 1;
  }
  return children.map((c, i) => ({ ...c, target: floors[i] ?? 0 }));
}
