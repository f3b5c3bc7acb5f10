import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Col, ConfigProvider, InputNumber, Row, Select, Space, Spin, theme } from 'antd';
import { type IndicatorDefinition, accidentDrillDown, indicatorDefinitions } from '@anjian/domain';
import { useI18n } from '../../../app/i18n.ts';
import { MissingBase, fmtFigure, missingBases, useStatScope } from '../../indicator/index.ts';
import { EChart } from '../../../components/charts/EChart.tsx';
import { categoryOption, gradeOption, rankingOption, trendOption } from '../components/options.ts';
import { Kpi, Panel } from '../components/Panel.tsx';
import { ZhongweiMap } from '../components/ZhongweiMap.tsx';
import { dark } from '../theme.ts';
import { useDashboardData } from '../use-dashboard-data.ts';

const TREND_YEARS = 10;
const kpiKeys = ['accidents', 'deaths', 'larger_accidents', 'gdp_death_rate', 'road_death_rate'];

/** 大数据驾驶舱: the map by county, trends, ranking and grade breakdown; every figure drills down to the accident list. */
export default function DashboardPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { division, year, params, set } = useStatScope();
  const key = params.get('key') ?? 'gdp_death_rate';
  const data = useDashboardData(division, key, year, TREND_YEARS);
  const def = indicatorDefinitions.find((d) => d.key === key);

  /** The accidents an indicator counts (issue 11: the list opened equals the figure clicked). */
  const drillOf = (k: string): Record<string, string> => {
    const d = indicatorDefinitions.find((x) => x.key === k) as IndicatorDefinition | undefined;
    return d ? { ...accidentDrillDown(d) } : {};
  };
  const toList = (filter: Record<string, string | number>) => {
    const q = new URLSearchParams(
      Object.entries({ divisionCode: division, ...filter }).map(([k, v]) => [k, String(v)]),
    );
    void navigate(`/accidents?${q.toString()}`);
  };
  const options = useMemo(
    () =>
      data && {
        trend: trendOption(data.series, data.trendStats),
        ranking: data.ranking?.items.some((i) => i.value !== null) ? rankingOption(data.ranking) : null,
        grade: gradeOption(data.yearStats),
        category: categoryOption(data.yearStats),
      },
    [data],
  );

  return (
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm }}>
      <div
        data-testid="dashboard"
        style={{
          background: 'radial-gradient(circle at 50% 0, #13305e, #071327 70%)',
          margin: -24,
          padding: 20,
          minHeight: 'calc(100vh - 56px)',
          color: dark.text,
        }}
      >
        <Row justify="space-between" align="middle" style={{ marginBottom: 16 }} gutter={[12, 12]}>
          <Col>
            <h1 style={{ margin: 0, fontSize: 24, letterSpacing: 4, color: '#ffffff' }}>
              {t('page.dashboard')}
            </h1>
            <div style={{ color: dark.muted, fontSize: 13 }}>
              {year
                ? `统计年度 ${year} · 趋势 ${year - TREND_YEARS}–${year} · 点击图表查看事故明细`
                : '加载中…'}
            </div>
          </Col>
          <Col>
            <Space wrap>
              <Select
                style={{ width: 300 }}
                value={key}
                onChange={(k) => set({ key: k })}
                aria-label="着色指标"
                data-testid="dashboard-key"
                options={indicatorDefinitions.map((d) => ({ value: d.key, label: `${d.name}（${d.unit}）` }))}
              />
              <InputNumber
                aria-label="统计年度"
                min={1949}
                max={2100}
                precision={0}
                value={year}
                onChange={(v) => v && set({ year: v })}
                addonBefore="年度"
                style={{ width: 150 }}
                data-testid="dashboard-year"
              />
            </Space>
          </Col>
        </Row>
        {!data || !options || !year ? (
          <div style={{ textAlign: 'center', padding: 120 }}>
            <Spin size="large" />
          </div>
        ) : (
          <>
            <MissingBase year={year} division={division} items={data.indicators} />
            <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
              {kpiKeys.map((k) => {
                const item = data.indicators.find((i) => i.key === k);
                return item ? (
                  <Col key={k} xs={12} md={8} xl={{ flex: '1 1 0' }}>
                    <Kpi
                      label={`${year} 年${item.name}`}
                      value={fmtFigure(item.value, item.decimals)}
                      unit={item.unit}
                      testId={`kpi-${k}`}
                      onClick={() => toList({ year, ...drillOf(k) })}
                    />
                  </Col>
                ) : null;
              })}
            </Row>
            <Row gutter={[12, 12]}>
              <Col xs={24} xl={10}>
                <Panel title={`${def?.name ?? ''} · 分县区`} testId="panel-map">
                  {def?.kind === 'rate' && !data.map.some((m) => m.value !== null) ? (
                    <div
                      style={{ color: dark.muted, padding: 60, textAlign: 'center' }}
                      data-testid="map-missing-base"
                    >
                      {missingBases(data.indicators).length ? `${year} 年统计基数未录入` : '暂无数据'}，
                      {def.name}无法计算。
                      <Link
                        to={`/denominators?division=${division}&year=${year}`}
                        style={{ color: '#69b1ff' }}
                      >
                        录入统计基数
                      </Link>
                    </div>
                  ) : (
                    <ZhongweiMap
                      values={data.map}
                      unit={def?.unit ?? ''}
                      decimals={def?.decimals ?? 2}
                      onPick={(code) => toList({ divisionCode: code, year, ...drillOf(key) })}
                    />
                  )}
                </Panel>
              </Col>
              <Col xs={24} xl={14}>
                <Panel title={`${year - TREND_YEARS}–${year} 年趋势`} testId="panel-trend">
                  <EChart
                    option={options.trend}
                    height={380}
                    aria-label="指标趋势"
                    data-testid="dashboard-trend"
                    onClick={(e) =>
                      toList({
                        year: Number(e.name),
                        ...drillOf(
                          e.seriesName === '事故起数'
                            ? 'accidents'
                            : e.seriesName === '死亡人数'
                              ? 'deaths'
                              : key,
                        ),
                      })
                    }
                  />
                </Panel>
              </Col>
              <Col xs={24} lg={8}>
                <Panel
                  title={`${data.ranking?.name ?? def?.name ?? ''} · 排名（由高到低）`}
                  testId="panel-ranking"
                >
                  {options.ranking ? (
                    <EChart
                      option={options.ranking}
                      height={280}
                      aria-label="区划排名"
                      data-testid="dashboard-ranking"
                      onClick={(e) => {
                        const code = (e.data as { code?: string } | undefined)?.code;
                        if (code) toList({ divisionCode: code, year, ...drillOf(key) });
                      }}
                    />
                  ) : (
                    <div style={{ color: dark.muted, padding: 40, textAlign: 'center' }}>
                      下级区划暂无此指标数据（未录入分母或无下级）
                    </div>
                  )}
                </Panel>
              </Col>
              <Col xs={24} lg={8}>
                <Panel title={`${year} 年事故等级分布`} testId="panel-grade">
                  <EChart
                    option={options.grade}
                    height={220}
                    aria-label="事故等级分布"
                    data-testid="dashboard-grade"
                    onClick={(e) => toList({ year, grade: e.name })}
                  />
                  <Space wrap size={8} style={{ marginTop: 6 }}>
                    {data.yearStats.byGrade.map((g) => (
                      <a
                        key={g.grade}
                        data-testid={`grade-tile-${g.grade}`}
                        onClick={() => toList({ year, grade: g.grade })}
                        style={{
                          color: dark.text,
                          border: `1px solid ${dark.line}`,
                          borderRadius: 4,
                          padding: '2px 8px',
                        }}
                      >
                        {g.grade} <b>{g.accidents}</b> 起 / 死亡 {g.deaths}
                      </a>
                    ))}
                  </Space>
                </Panel>
              </Col>
              <Col xs={24} lg={8}>
                <Panel title={`${year} 年事故类别`} testId="panel-category">
                  <EChart
                    option={options.category}
                    height={280}
                    aria-label="事故类别"
                    data-testid="dashboard-category"
                    onClick={(e) => {
                      const code = (e.data as { code?: string } | undefined)?.code;
                      if (code) toList({ year, category: code });
                    }}
                  />
                </Panel>
              </Col>
            </Row>
          </>
        )}
      </div>
    </ConfigProvider>
  );
}
