import { type ParamsType, ProTable, type ProTableProps } from '@ant-design/pro-components';
import type { SortOrder } from 'antd/es/table/interface';
import { useSearchParams } from 'react-router-dom';
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
  /**
   * Keep the search form's values, the page and its size in the query string (issue 11): back from a
   * detail and a reload restore them. For a page's main list only (a list in a drawer must not).
   */
  urlState?: boolean;
}

const PAGE = 'page';
const SIZE = 'pageSize';
const isPlain = (v: unknown): v is string | number | boolean =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

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
  urlState = false,
  form,
  ...rest
}: ListTableProps<T, Q>) {
  const { t } = useI18n();
  const onError = useApiError();
  const [params, setParams] = useSearchParams();
  const fromUrl = urlState
    ? Object.fromEntries([...params.entries()].filter(([k]) => k !== PAGE && k !== SIZE))
    : {};
  const startPage = urlState ? Number(params.get(PAGE)) || undefined : undefined;
  const startSize = urlState ? Number(params.get(SIZE)) || undefined : undefined;
  /** Writes the list's state over the query string's, leaving the other parameters alone. */
  const remember = (values: Record<string, unknown>, page: number, size: number) => {
    if (!urlState) return;
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(values)) {
          if (k.startsWith('_')) continue;
          if (isPlain(v) && v !== '') next.set(k, String(v));
          else next.delete(k);
        }
        for (const k of [...next.keys()])
          if (k !== PAGE && k !== SIZE && !(k in values) && k in fromUrl) next.delete(k);
        if (page > 1) next.set(PAGE, String(page));
        else next.delete(PAGE);
        if (size !== 20) next.set(SIZE, String(size));
        else next.delete(SIZE);
        return next.toString() === prev.toString() ? prev : next;
      },
      { replace: true },
    );
  };
  return (
    <ProTable<T, Q>
      rowKey={rowKey}
      form={urlState ? { ...form, initialValues: { ...fromUrl, ...form?.initialValues } } : form}
      request={async (params, sort) => {
        const { current, pageSize, ...values } = params;
        remember(values, current ?? 1, pageSize ?? 20);
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
          : {
              defaultPageSize: startSize ?? 20,
              ...(startPage ? { defaultCurrent: startPage } : {}),
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              ...pagination,
            }
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
