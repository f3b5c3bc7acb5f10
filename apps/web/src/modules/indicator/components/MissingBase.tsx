import { Link } from 'react-router-dom';
import { Alert } from 'antd';
import type { IndicatorItem } from '../indicator.api.ts';
import { BASE_KEYS } from '../use-scope.ts';

/** The headline rates of `items` (BASE_KEYS) that cannot be computed because their denominator is missing. */
export const missingBases = (items: readonly IndicatorItem[]) =>
  items.filter(
    (i) => (BASE_KEYS as readonly string[]).includes(i.key) && i.kind === 'rate' && i.denominator === null,
  );

/**
 * "2026 年统计基数未录入" with a link to enter them (issue 11): shown instead of a blank figure or map
 * whenever a year's rates have no denominator.
 */
export function MissingBase({
  year,
  division,
  items,
}: {
  year: number;
  division: string;
  items: readonly IndicatorItem[];
}) {
  const missing = missingBases(items);
  if (!missing.length) return null;
  const kinds = [...new Set(missing.map((i) => i.denominatorLabel).filter(Boolean))];
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="missing-base"
      style={{ marginBottom: 12 }}
      message={`${year} 年统计基数未录入`}
      description={
        <span>
          {kinds.length ? `缺少：${kinds.join('、')}；` : ''}相关比率无法计算。
          <Link to={`/denominators?division=${division}&year=${year}`} data-testid="missing-base-link">
            录入统计基数
          </Link>
        </span>
      }
    />
  );
}
