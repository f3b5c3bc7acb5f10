/** Page parameters every list endpoint takes (`?page=&pageSize=`), with a cap (SECURITY.md IP-01). */
export const PagingLimits = { defaultPageSize: 20, maxPageSize: 200 } as const;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
