import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Card, Space, Steps, Typography } from 'antd';
import type { HazardOriginDto } from '@anjian/domain';
import { api } from '../../../api/client.ts';
import { RiskColorTag } from '../../../components/RiskColorTag.tsx';

type Origin = HazardOriginDto;

/** 隐患溯源: the risk-control chain or the self-inspection item that found the hazard; nothing when reported directly. */
export function HazardOrigin({ hazardId }: { hazardId: string }) {
  const { data: origin } = useQuery({
    queryKey: ['hazard', hazardId, 'origin'],
    queryFn: () => api.get<Origin>(`/hazards/${hazardId}/origin`),
    meta: { quiet: true },
  });
  if (!origin || (origin.riskChain.length === 0 && origin.selfInspection.length === 0)) return null;
  return (
    <Card size="small" title="隐患溯源" data-testid="hazard-origin">
      <Space direction="vertical" style={{ width: '100%' }}>
        {origin.riskChain.map((c) => (
          <Steps
            key={c.record.id}
            direction="vertical"
            size="small"
            current={5}
            items={[
              { title: `风险分析对象（${c.object.kind}）`, description: c.object.name },
              { title: '风险分析单元', description: c.unit.name },
              {
                title: '安全风险事件',
                description: (
                  <Space size={4}>
                    {c.event.name}
                    <RiskColorTag level={c.event.level} color={c.event.color} />
                  </Space>
                ),
              },
              { title: `管控措施（${c.measure.type}）`, description: c.measure.content },
              { title: '排查任务', description: c.task.content },
              {
                title: '排查记录',
                description: `${c.record.checkerName ?? ''} ${new Date(c.record.checkedAt).toLocaleString('zh-CN')} 发现本隐患`,
              },
            ]}
          />
        ))}
        {origin.selfInspection.map((s) => (
          <Typography.Text key={s.taskId}>
            企业自查：
            <Link to={`/self-inspection/tasks/${s.taskId}`}>
              {s.planName}（{s.periodKey}）
            </Link>
            {s.item && `，条目“${s.item}”`}
          </Typography.Text>
        ))}
      </Space>
    </Card>
  );
}
