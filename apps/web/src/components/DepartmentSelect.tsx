import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { type Department, orgApi } from '../modules/org/org.api.ts';

export interface DepartmentSelectProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  'data-testid'?: string;
}

/** Picks a department of the caller's scope (the first 200, searchable by name). */
export function DepartmentSelect({ value, onChange, id, ...rest }: DepartmentSelectProps) {
  const [items, setItems] = useState<Department[]>([]);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let alive = true;
    orgApi
      .departments({ page: 1, pageSize: 200 })
      .then((page) => alive && setItems(page.items))
      .catch(() => undefined)
      .finally(() => alive && setLoading(false));
    return () => {
      alive = false;
    };
  }, []);
  return (
    <Select<string>
      id={id}
      data-testid={rest['data-testid']}
      aria-label="所属部门"
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      loading={loading}
      allowClear
      showSearch
      optionFilterProp="label"
      placeholder="请选择部门"
      options={items.map((d) => ({ value: d.id, label: `${d.name}（${d.divisionName}）` }))}
    />
  );
}
