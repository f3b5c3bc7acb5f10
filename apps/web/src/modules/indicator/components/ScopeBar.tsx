import type { ReactNode } from 'react';
import { InputNumber, Segmented, Space, Typography } from 'antd';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect.tsx';

export type ScopeMode = 'year' | 'period';

interface Props {
  division: string;
  onDivision: (code: string) => void;
  mode?: ScopeMode;
  onMode?: (mode: ScopeMode) => void;
  year: number | null;
  onYear: (year: number) => void;
  /** Period mode: the last year (the first one is `year`). */
  to?: number | null;
  onTo?: (year: number) => void;
  extra?: ReactNode;
}

/** Division + year (or period) selectors shared by the indicator, denominator and plan pages. */
export function ScopeBar({ division, onDivision, mode, onMode, year, onYear, to, onTo, extra }: Props) {
  const yearInput = (value: number | null, onChange: (y: number) => void, label: string) => (
    <InputNumber
      aria-label={label}
      min={1949}
      max={2100}
      precision={0}
      value={value}
      onChange={(v) => v && onChange(v)}
      style={{ width: 96 }}
      data-testid={`scope-${label}`}
    />
  );
  return (
    <Space wrap size={12} style={{ marginBottom: 16 }} data-testid="scope-bar">
      <Space size={4}>
        <Typography.Text>区划</Typography.Text>
        <div style={{ width: 220 }}>
          <DivisionTreeSelect
            value={division}
            allowClear={false}
            onChange={(v) => v && onDivision(v)}
            data-testid="scope-division"
          />
        </div>
      </Space>
      {mode && onMode && (
        <Segmented<ScopeMode>
          value={mode}
          onChange={onMode}
          options={[
            { value: 'year', label: '单年' },
            { value: 'period', label: '时期' },
          ]}
        />
      )}
      <Space size={4}>
        <Typography.Text>{mode === 'period' ? '自' : '年度'}</Typography.Text>
        {yearInput(year, onYear, 'year')}
        {mode === 'period' && onTo && (
          <>
            <Typography.Text>至</Typography.Text>
            {yearInput(to ?? null, onTo, 'to')}
          </>
        )}
      </Space>
      {extra}
    </Space>
  );
}
