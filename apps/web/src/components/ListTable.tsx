import { type ParamsType, ProTable, type ProTableProps } from '@ant-design/pro-components';
import type { SortOrder } from 'antd/es/table/interface';
import { useApiError } from '../api/use-api-error.ts';
import { useI18n } from '../app/i18n.ts';

/** The search form's values with the page asked for, as the list endpoints take them. */
export type ListQuery<Q> = Omit<Q, 'current' | 'pageSize'> & { page: number; pageSize: number };

// ProTable's own constraint on a row (interfaces satisfy it, unlike `Record<string, unknown>`).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;
type TableProps<T extends Row, Q extends ParamsType> = ProTableProps<T, Q>;

export interface ListTableProps<T extends Row, Q extends ParamsType> extends Omit<
  TableProps<T, Q>,
  'request' | 'search' | 'options' | 'pagination'
> {
  /** Reads one page from the server's `{ items, total }` envelope; a failure is shown and the table empties. */
  fetch: (query: ListQuery<Q>, sort: Record<string, SortOrder>) => Promise<{ items: T[]; total: number }>;
  /** Merged over the defaults (labels fitted, 查询 / 重置); `false`: no search form. */
  search?: Exclude<TableProps<T, Q>['search'], boolean> | false;
  /** Merged over the defaults (reload and column settings, no density); `false`: no toolbar icons. */
  options?: Exclude<TableProps<T, Q>['options'], boolean> | false;
  /** Merged over the defaults (20 a page, sizes 10–100); `false`: one page. */
  pagination?: Exclude<TableProps<T, Q>['pagination'], boolean> | false;
}

/**
 * ProTable with the list pages' common setup: `id` rows, server-side paging through the API's
 * `{ items, total }`, the search form's labels and buttons, and the API error shown once.
 */
export function ListTable<T extends Row, Q extends ParamsType = ParamsType>({
  fetch,
  search,
  options,
  pagination,
  rowKey = 'id',
  ...rest
}: ListTableProps<T, Q>) {
  const { t } = useI18n();
  const onError = useApiError();
  return (
    <ProTable<T, Q>
      rowKey={rowKey}
      request={async (params, sort) => {
        const { current, pageSize, ...values } = params;
        try {
          const page = await fetch(
            { ...values, page: current ?? 1, pageSize: pageSize ?? 20 } as unknown as ListQuery<Q>,
            sort,
          );
          return { data: page.items, total: page.total, success: true };
        } catch (err) {
          onError(err);
          return { data: [], total: 0, success: false };
        }
      }}
      pagination={
        pagination === false
          ? false
          : { defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100], ...pagination }
      }
      search={
        search === false
          ? false
          : { labelWidth: 'auto', searchText: t('btn.search'), resetText: t('btn.reset'), ...search }
      }
      options={options === false ? false : { reload: true, density: false, setting: true, ...options }}
      {...rest}
    />
  );
}
