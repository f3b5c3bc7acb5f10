import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Input, Select, Space, Typography } from 'antd';
import { UnorderedListOutlined } from '@ant-design/icons';
import { enterpriseStatusNames } from '@anjian/domain';
import { useI18n } from '../../../app/i18n.ts';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect.tsx';
import { type EnterpriseFilter, type MapPoint, enterpriseApi } from '../enterprise.api.ts';
import { sectorOptions, statusOptions } from '../format.ts';
import { EnterpriseMap } from '../map/EnterpriseMap.tsx';

// Stable while loading, so that the map's option is not rebuilt on every render.
const noPoints: MapPoint[] = [];

/** 企业地图: the enterprises with coordinates on 中卫市, coloured by sector and filterable; a click opens one. */
export default function EnterpriseMapPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<EnterpriseFilter>({});
  const [q, setQ] = useState('');
  const { data } = useQuery({
    queryKey: ['enterprise', 'map', filter],
    queryFn: () => enterpriseApi.map(filter),
    placeholderData: keepPreviousData,
  });

  const set = (k: keyof EnterpriseFilter, v: string | null | undefined) =>
    setFilter((f) => ({ ...f, [k]: v ?? undefined }));
  const open = useCallback((id: string) => void navigate(`/enterprises/${id}`), [navigate]);

  return (
    <PageContainer
      title={t('page.enterpriseMap')}
      extra={
        <Button icon={<UnorderedListOutlined />} onClick={() => void navigate('/enterprises')}>
          企业列表
        </Button>
      }
    >
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <div style={{ width: 220 }}>
            <DivisionTreeSelect
              value={filter.divisionCode}
              onChange={(v) => set('divisionCode', v)}
              data-testid="map-division"
              aria-label="行政区划"
            />
          </div>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="监管行业"
            options={sectorOptions}
            style={{ width: 150 }}
            onChange={(v?: string) => set('sector', v)}
            data-testid="map-sector"
            aria-label="监管行业"
          />
          <Select
            allowClear
            placeholder="状态"
            options={statusOptions}
            style={{ width: 120 }}
            onChange={(v?: string) => set('status', v)}
            aria-label="状态"
          />
          <Input.Search
            allowClear
            placeholder="企业名称或信用代码"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => set('q', v.trim() || undefined)}
            style={{ width: 220 }}
            data-testid="map-search"
          />
          {data && (
            <Typography.Text type="secondary" data-testid="map-count">
              地图上 {data.items.length} 家（符合条件且有坐标）
            </Typography.Text>
          )}
        </Space>
        {data?.truncated && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message={`点位过多，仅显示前 ${data.items.length} 家，请缩小筛选范围`}
          />
        )}
        <EnterpriseMap
          points={data?.items ?? noPoints}
          statusNames={enterpriseStatusNames}
          onOpen={open}
          height="max(420px, calc(100vh - 300px))"
        />
      </Card>
    </PageContainer>
  );
}
