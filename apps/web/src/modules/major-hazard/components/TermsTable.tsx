import { Table } from 'antd';
import type { MajorHazardCalcResult } from '@anjian/domain';

const sourceNames = { table1: '表1', table2: '表2', explicit: '自定义' } as const;
const betaNames = { table3: '表3', table4: '表4', explicit: '自定义' } as const;

/** The terms of an identification: each chemical's q, Q, β and q/Q with the table they came from. */
export function TermsTable({ result }: { result: MajorHazardCalcResult }) {
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(_, i) => String(i)}
      dataSource={result.terms}
      scroll={{ x: 480 }}
      data-testid="mh-terms"
      columns={[
        { title: '危险化学品', dataIndex: 'name' },
        { title: '类别', dataIndex: 'symbols', render: (s: string[]) => s.join('、') || '—' },
        { title: 'q (t)', dataIndex: 'q', align: 'right' },
        {
          title: 'Q (t)',
          dataIndex: 'Q',
          align: 'right',
          render: (q: number, t) => `${q}（${sourceNames[t.source]}）`,
        },
        {
          title: 'β',
          dataIndex: 'beta',
          align: 'right',
          render: (b: number, t) => `${b}（${betaNames[t.betaSource]}）`,
        },
        { title: 'q/Q', dataIndex: 'ratio', align: 'right' },
      ]}
    />
  );
}
