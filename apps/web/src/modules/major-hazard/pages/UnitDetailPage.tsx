import { useNavigate, useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Col, Descriptions, Result, Row, Spin, Table } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { majorHazardUnitKindNames } from '@anjian/domain';
import { isApiError } from '../../../api/client.ts';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { fmtTime } from '../../../components/format.ts';
import { majorHazardApi } from '../major-hazard.api.ts';
import { LevelTag } from '../components/LevelTag.tsx';
import { RegistrationCard } from '../components/RegistrationCard.tsx';
import { TermsTable } from '../components/TermsTable.tsx';

/** One unit: its enterprise, chemicals, latest identification and every earlier one. */
export default function UnitDetailPage() {
  const { id = '' } = useParams();
  const { can, me } = useAuth();
  const { t } = useI18n();
  const navigate = useNavigate();
  const q = useQuery({
    queryKey: ['major-hazard', 'unit', id],
    queryFn: () => majorHazardApi.get(id),
    meta: { quiet: true },
  });
  if (q.error)
    return (
      <Result
        status={isApiError(q.error) && q.error.status === 404 ? '404' : 'error'}
        title={isApiError(q.error) && q.error.status === 404 ? '未找到该辨识单元' : '加载失败'}
      />
    );
  const u = q.data;
  if (!u) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  const mine = can('majorhazard.write') && me?.user.enterpriseId === u.enterpriseId;

  return (
    <PageContainer
      title={u.name}
      subTitle={t('page.majorHazardUnit')}
      extra={
        mine && (
          <Button
            icon={<EditOutlined />}
            data-testid="mh-unit-edit"
            onClick={() => void navigate(`/major-hazard/units/${u.id}/edit`)}
          >
            修改单元及存量
          </Button>
        )
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title="辨识结果" data-testid="mh-unit-detail">
            <Descriptions size="small" column={1}>
              <Descriptions.Item label="级别">
                <LevelTag level={u.level} isMajor={u.isMajor} testId="mh-detail-level" />
              </Descriptions.Item>
              <Descriptions.Item label="企业">{u.enterpriseName}</Descriptions.Item>
              <Descriptions.Item label="区划">{u.divisionName}</Descriptions.Item>
              <Descriptions.Item label="单元类型">{majorHazardUnitKindNames[u.kind]}</Descriptions.Item>
              <Descriptions.Item label="500 m 内人数">{u.exposedPeople}</Descriptions.Item>
              <Descriptions.Item label="S">
                {u.S}（{u.exact.S}）
              </Descriptions.Item>
              <Descriptions.Item label="α">{u.result.alpha}</Descriptions.Item>
              <Descriptions.Item label="R">
                {u.R}（{u.exact.R}）
              </Descriptions.Item>
              <Descriptions.Item label="依据">{u.tablesVersion}</Descriptions.Item>
              <Descriptions.Item label="版本">
                第 {u.revision} 版 · {fmtTime(u.updatedAt)}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          {u.registration && (
            <div style={{ marginTop: 16 }}>
              <RegistrationCard unit={u} editable={mine} />
            </div>
          )}
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title="危险化学品">
            <TermsTable result={u.result} />
          </Card>
          <Card size="small" title="历次辨识" style={{ marginTop: 16 }}>
            <Table
              size="small"
              pagination={false}
              rowKey="revision"
              dataSource={u.history}
              data-testid="mh-history"
              columns={[
                { title: '版本', dataIndex: 'revision', width: 60 },
                { title: 'S', dataIndex: 'S' },
                { title: 'R', dataIndex: 'R' },
                { title: '级别', dataIndex: 'level', render: (l: string | null) => l ?? '非重大' },
                { title: '时间', dataIndex: 'assessedAt', render: (v: string) => fmtTime(v) },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
