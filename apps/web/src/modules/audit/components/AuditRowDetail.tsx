import { Descriptions, Typography } from 'antd';
import type { AuditRow } from '../audit.api.ts';

/** Everything a row holds, for the expanded line: request, client and the change made. */
export function AuditRowDetail({ row }: { row: AuditRow }) {
  return (
    <Descriptions size="small" column={2} bordered>
      <Descriptions.Item label="记录编号">{row.id}</Descriptions.Item>
      <Descriptions.Item label="请求编号">
        <Typography.Text className="mono" copyable={Boolean(row.requestId)}>
          {row.requestId ?? '—'}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label="用户 ID">
        <span className="mono">{row.userId ?? '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label="所属机构">{row.org ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="客户端" span={2}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {row.userAgent ?? '—'}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label="变更内容" span={2}>
        {row.diff === null || row.diff === undefined ? (
          '—'
        ) : (
          <pre
            className="mono"
            style={{ margin: 0, fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
          >
            {JSON.stringify(row.diff, null, 2)}
          </pre>
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}
