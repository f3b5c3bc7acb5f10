import { useEffect, useMemo, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Space, Spin, Table, Typography } from 'antd';
import type { MajorHazardChemicalInput } from '@anjian/domain';
import { isApiError } from '../../../api/client.ts';
import { majorHazardApi } from '../major-hazard.api.ts';
import { type ChemicalRow, rowToInput } from './chemical-rows.ts';
import { LevelTag } from './LevelTag.tsx';

/** The value once it has not changed for `ms` (the preview asks the server when typing pauses). */
function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}

/** The filled rows as the calculator's body, with each sent item's row number (errors name the item). */
export function calcBody(rows: (ChemicalRow | undefined)[], exposedPeople: number | undefined) {
  const chemicals: MajorHazardChemicalInput[] = [];
  const rowOf: number[] = [];
  rows.forEach((r, i) => {
    const c = r ? rowToInput(r) : null;
    if (c) {
      chemicals.push(c);
      rowOf.push(i);
    }
  });
  const people = typeof exposedPeople === 'number' && exposedPeople >= 0 ? Math.floor(exposedPeople) : 0;
  return { body: { exposedPeople: people, chemicals }, rowOf };
}

/**
 * The live S, R, α and level of the chemicals being typed, from `POST /api/calc/major-hazard` (the same
 * exact arithmetic the server stores on save). A chemical the tables do not know is named in the answer.
 */
export function CalcPreview({
  rows,
  exposedPeople,
  compact = false,
}: {
  rows: (ChemicalRow | undefined)[];
  exposedPeople: number | undefined;
  /** One line (the phone's bar under the form): S, R and the level. */
  compact?: boolean;
}) {
  const { body, rowOf } = useMemo(() => calcBody(rows, exposedPeople), [rows, exposedPeople]);
  const sent = useDebounced(JSON.stringify(body), 300);
  const q = useQuery({
    queryKey: ['major-hazard', 'calc', sent],
    queryFn: ({ signal }) => majorHazardApi.calc(JSON.parse(sent), signal),
    enabled: body.chemicals.length > 0,
    placeholderData: keepPreviousData,
    retry: false,
    meta: { quiet: true },
  });
  if (compact) {
    const r = q.data;
    if (body.chemicals.length === 0 || !r)
      return <span data-testid="mh-preview-compact">填写后实时显示 S、R 和级别</span>;
    if (q.error) return <span data-testid="mh-preview-compact">有未识别的物质，见下方结果</span>;
    return (
      <Space size={8} wrap data-testid="mh-preview-compact">
        <LevelTag level={r.level} isMajor={r.isMajor} />
        <span>S = {r.S}</span>
        <span>R = {r.R}</span>
        {q.isFetching && <Spin size="small" />}
      </Space>
    );
  }
  if (body.chemicals.length === 0)
    return (
      <Alert
        type="info"
        showIcon={false}
        data-testid="mh-preview"
        message="填写危险化学品及其设计最大量后，这里实时显示 S、R 和级别"
      />
    );
  if (q.error) {
    const issues = isApiError(q.error) ? q.error.fieldIssues : [];
    const where = (field: string) => {
      const m = /^chemicals\.(\d+)/.exec(field);
      return m ? `第 ${rowOf[Number(m[1])]! + 1} 行：` : '';
    };
    return (
      <Alert
        type="error"
        data-testid="mh-preview"
        message={isApiError(q.error) ? q.error.message : '计算失败'}
        description={issues.map((i) => (
          <div key={i.field + i.message}>
            {where(i.field)}
            {i.message}
          </div>
        ))}
      />
    );
  }
  const r = q.data;
  if (!r) return <Spin data-testid="mh-preview" />;
  return (
    <div data-testid="mh-preview">
      <Space wrap style={{ marginBottom: 8 }}>
        <LevelTag level={r.level} isMajor={r.isMajor} testId="mh-preview-level" />
        {q.isFetching && <Spin size="small" />}
      </Space>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
        <Descriptions.Item label="S = Σ q/Q">
          <span data-testid="mh-preview-s">{r.S}</span>
        </Descriptions.Item>
        <Descriptions.Item label="R = α·Σ β·q/Q">
          <span data-testid="mh-preview-r">{r.R}</span>
        </Descriptions.Item>
        <Descriptions.Item label="α（表5）">{r.alpha}</Descriptions.Item>
        <Descriptions.Item label="精确值">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            S = {r.exact.S}，R = {r.exact.R}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        style={{ marginTop: 8 }}
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={r.terms}
        scroll={{ x: 360 }}
        columns={[
          { title: '物质', dataIndex: 'name' },
          { title: 'q (t)', dataIndex: 'q', align: 'right' },
          { title: 'Q (t)', dataIndex: 'Q', align: 'right' },
          { title: 'β', dataIndex: 'beta', align: 'right' },
          { title: 'q/Q', dataIndex: 'ratio', align: 'right' },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        依据 {r.tablesVersion}；S ≥ 1 为重大危险源，R ≥ 100 一级、≥ 50 二级、≥ 10 三级、其余四级。
      </Typography.Text>
    </div>
  );
}
