import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Tag, Typography } from 'antd';
import { fmtDate } from '../../../../components/format.ts';
import { agencyApi } from '../../../agency/index.ts';

interface Serving {
  agencyId: string;
  agencyName: string;
  contractId: string;
  kindName: string;
  contractNo: string | null;
  startsOn: string;
  endsOn: string | null;
  active: boolean;
}

/**
 * 服务机构: the agencies' contracts with this enterprise. The API has no per-enterprise contract query, so
 * the agencies in scope are read (their details list the contracts) and filtered here.
 */
export function ServingAgencies({ enterpriseId }: { enterpriseId: string }) {
  const q = useQuery({
    queryKey: ['agency', 'serving', enterpriseId],
    queryFn: async (): Promise<Serving[]> => {
      const page = await agencyApi.list({ page: 1, pageSize: 100 });
      const details = await Promise.all(page.items.map((a) => agencyApi.get(a.id)));
      return details.flatMap((a) =>
        a.contracts
          .filter((c) => c.enterpriseId === enterpriseId)
          .map((c) => ({
            agencyId: a.id,
            agencyName: a.name,
            contractId: c.id,
            kindName: c.kindName,
            contractNo: c.contractNo,
            startsOn: c.startsOn,
            endsOn: c.endsOn,
            active: c.active,
          })),
      );
    },
    meta: { quiet: true },
  });
  // A failure shows as no contracts, as before.
  const items = q.isError ? [] : (q.data ?? null);

  return (
    <Card size="small" title="第三方服务机构" loading={items === null} data-testid="enterprise-agencies">
      {items && items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无服务合同" />
      ) : (
        <List
          size="small"
          dataSource={items ?? []}
          renderItem={(s) => (
            <List.Item key={s.contractId}>
              <div>
                <Link to={`/agencies/${s.agencyId}`}>{s.agencyName}</Link>{' '}
                <Tag color={s.active ? 'green' : 'default'}>{s.active ? '有效' : '已终止'}</Tag>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {s.kindName} {s.contractNo ?? ''} · {fmtDate(s.startsOn)} 至{' '}
                  {s.endsOn ? fmtDate(s.endsOn) : '长期'}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
