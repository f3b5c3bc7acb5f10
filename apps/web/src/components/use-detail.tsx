import type { ReactElement } from 'react';
import { useNavigate } from 'react-router-dom';
import { type QueryKey, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Result } from 'antd';
import { isApiError } from '../api/client.ts';
import { useI18n } from '../app/i18n.ts';
import { PageLoading } from './PageLoading.tsx';

export interface DetailOptions<T> {
  queryKey: QueryKey;
  queryFn: () => Promise<T>;
  /** The 404 page: its title and where its button leads (the list). */
  notFound: { title: string; backTo: string; backText?: string };
}

type Update<T> = T | ((prev: T) => T);

export type Detail<T> =
  | { data: T; view: null; set: (next: Update<T>) => void; reload: () => Promise<void> }
  | { data: undefined; view: ReactElement; set: (next: Update<T>) => void; reload: () => Promise<void> };

/**
 * The record of a detail page: loading, then the record, or the 404 result when it is missing or out
 * of the user's scope (the server answers both alike; a malformed id is a 400), or an error result.
 * `set` puts a write's answer in place; `reload` reads again.
 */
export function useDetail<T>({ queryKey, queryFn, notFound }: DetailOptions<T>): Detail<T> {
  const { t } = useI18n();
  const navigate = useNavigate();
  const client = useQueryClient();
  const q = useQuery({ queryKey, queryFn, meta: { quiet: true } });
  const set = (next: Update<T>) =>
    client.setQueryData<T>(queryKey, (prev) =>
      typeof next === 'function' ? (prev === undefined ? prev : (next as (p: T) => T)(prev)) : next,
    );
  const reload = () => client.invalidateQueries({ queryKey });
  if (q.data !== undefined) return { data: q.data, view: null, set, reload };
  const missing = isApiError(q.error) && (q.error.status === 404 || q.error.status === 400);
  const view = missing ? (
    <Result
      status="404"
      title={notFound.title}
      extra={
        <Button onClick={() => void navigate(notFound.backTo)}>{notFound.backText ?? t('btn.back')}</Button>
      }
    />
  ) : q.error ? (
    <Result
      status="error"
      title="加载失败"
      subTitle={q.error.message}
      extra={<Button onClick={() => void q.refetch()}>{t('btn.refresh')}</Button>}
    />
  ) : (
    <PageLoading />
  );
  return { data: undefined, view, set, reload };
}
