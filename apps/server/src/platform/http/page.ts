import type { Page } from '@anjian/domain';

/**
 * The page envelope every list answers with (`pageOf(item)` in its OpenAPI schema): the page asked for,
 * its rows presented, the total — and `totalCapped` when the count stopped at its cap (decision 0006).
 */
export function toPage<R, T>(
  q: { page: number; pageSize: number },
  found: { items: R[]; total: number; totalCapped?: boolean },
  present: (row: R) => T,
): Page<T> & { totalCapped?: boolean } {
  return {
    items: found.items.map(present),
    total: found.total,
    ...(found.totalCapped !== undefined && { totalCapped: found.totalCapped }),
    page: q.page,
    pageSize: q.pageSize,
  };
}
