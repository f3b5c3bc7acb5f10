import { Link } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Breadcrumb, Card, Descriptions, Empty, Spin, Typography } from 'antd';
import { type DivisionDetail as Detail, orgApi } from '../org.api.ts';
import { LevelTag } from './LevelTag.tsx';

/** The selected division: its code, level and path from the root (GET /api/divisions/:code); ancestors in the tree are links. */
export function DivisionDetail({
  code,
  onPick,
  isKnown,
}: {
  code: string | null;
  onPick: (code: string) => void;
  isKnown: (code: string) => boolean;
}) {
  const q = useQuery({
    queryKey: ['org', 'division', code],
    queryFn: () => orgApi.division(code ?? ''),
    enabled: Boolean(code),
    placeholderData: keepPreviousData,
  });
  const detail: Detail | null = q.data ?? null;
  const loading = q.isFetching;

  if (!code) {
    return (
      <Card title="区划详情">
        <Empty description="在左侧选择一个行政区划" />
      </Card>
    );
  }
  return (
    <Card title="区划详情" data-testid="division-detail">
      <Spin spinning={loading}>
        {detail && (
          <>
            <Breadcrumb
              style={{ marginBottom: 16 }}
              data-testid="division-path"
              items={detail.path.map((p) => ({
                key: p.code,
                title:
                  p.code !== detail.code && isKnown(p.code) ? (
                    <Typography.Link onClick={() => onPick(p.code)}>{p.name}</Typography.Link>
                  ) : (
                    p.name
                  ),
              }))}
            />
            <Descriptions column={1} bordered size="small" labelStyle={{ width: 120 }}>
              <Descriptions.Item label="名称">
                <Typography.Text strong>{detail.name}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label="区划代码">
                <Typography.Text className="mono" copyable>
                  {detail.code}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label="层级">
                <LevelTag level={detail.level} />
              </Descriptions.Item>
              <Descriptions.Item label="上级区划">
                {detail.path.length > 1 ? detail.path[detail.path.length - 2]?.name : '—'}
              </Descriptions.Item>
              <Descriptions.Item label="完整路径">
                {detail.path.map((p) => p.name).join(' / ')}
              </Descriptions.Item>
              <Descriptions.Item label="部门">
                <Link to={`/org/departments?divisionCode=${detail.code}`}>查看该区划的部门</Link>
              </Descriptions.Item>
            </Descriptions>
          </>
        )}
      </Spin>
    </Card>
  );
}
