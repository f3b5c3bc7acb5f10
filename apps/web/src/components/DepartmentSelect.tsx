import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useAuth } from '../app/auth.tsx';
import { type Department, orgApi } from '../modules/org/org.api.ts';

export interface DepartmentSelectProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  disabled?: boolean;
  'data-testid'?: string;
}

/** Picks a department of the caller's scope (the first 200, searchable by name); no request without org.read. */
export function DepartmentSelect({ value, onChange, id, disabled, ...rest }: DepartmentSelectProps) {
  const { can } = useAuth();
  const allowed = can('org.read');
  const q = useQuery({
    enabled: allowed,
    queryKey: ['org', 'departments', { page: 1, pageSize: 200 }],
    queryFn: () => orgApi.departments({ page: 1, pageSize: 200 }),
    meta: { quiet: true },
  });
  const items: Department[] = q.data?.items ?? [];
  const loading = q.isLoading;
  return (
    <Select<string>
      id={id}
      data-testid={rest['data-testid']}
      aria-label="所属部门"
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      loading={loading}
      disabled={disabled || !allowed}
      allowClear
      showSearch
      optionFilterProp="label"
      placeholder="请选择部门"
      options={items.map((d) => ({ value: d.id, label: `${d.name}（${d.divisionName}）` }))}
    />
  );
}
