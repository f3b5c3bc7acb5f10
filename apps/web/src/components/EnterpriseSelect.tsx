import { useEffect, useRef, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import type { Page } from '@anjian/domain';
import { api } from '../api/client.ts';

/** The fields of an enterprise this picker shows (a row of GET /api/enterprises has more). */
export interface EnterpriseOption {
  id: string;
  name: string;
  divisionName: string;
}

const searchEnterprises = (q: string) =>
  api.get<Page<EnterpriseOption>>('/enterprises', { q: q.trim() || undefined, pageSize: 20 });

interface Props {
  value?: string | null;
  onChange?: (id: string | null, enterprise: EnterpriseOption | null) => void;
  /** The name to show for a preset value that the search has not loaded. */
  initialName?: string | null;
  placeholder?: string;
  id?: string;
  'data-testid'?: string;
}

/** Searches the enterprises in scope by name or credit code (GET /api/enterprises?q=). */
export function EnterpriseSelect({
  value,
  onChange,
  initialName,
  placeholder = '输入企业名称搜索',
  ...rest
}: Props) {
  // The typed text, taken 250 ms after the last key (one request per pause, not per key).
  const [q, setQ] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const search = (text: string) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setQ(text), 250);
  };
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const found = useQuery({
    queryKey: ['enterprise', 'options', q.trim()],
    queryFn: () => searchEnterprises(q),
    placeholderData: keepPreviousData,
    meta: { quiet: true },
  });
  const options: EnterpriseOption[] = found.isError ? [] : (found.data?.items ?? []);
  const loading = found.isFetching;

  const known = options.some((o) => o.id === value);
  const shown =
    value && !known && initialName
      ? [{ id: value, name: initialName, divisionName: '' }, ...options]
      : options;
  return (
    <Select<string>
      id={rest.id}
      data-testid={rest['data-testid']}
      aria-label={placeholder}
      showSearch
      allowClear
      filterOption={false}
      loading={loading}
      value={value ?? undefined}
      placeholder={placeholder}
      onSearch={search}
      onChange={(id) => onChange?.(id ?? null, shown.find((o) => o.id === id) ?? null)}
      options={shown.map((o) => ({
        value: o.id,
        label: o.divisionName ? `${o.name}（${o.divisionName}）` : o.name,
      }))}
      notFoundContent={loading ? '搜索中…' : '无匹配企业'}
      style={{ width: '100%', minWidth: 200 }}
    />
  );
}
