import { Button, Card, Descriptions, Tag } from 'antd';
import type { Enterprise } from '../../enterprise.api.ts';
import { dash } from '../../format.ts';

/** 网格化监管责任 of one enterprise: 属地, 行业, 企业主体, 监管重点. */
export function GridCard({ e, onEdit }: { e: Enterprise; onEdit?: () => void }) {
  const g = e.grid;
  return (
    <Card
      size="small"
      title="网格化监管责任"
      data-testid="enterprise-grid"
      extra={
        onEdit && (
          <Button size="small" onClick={onEdit} data-testid="grid-edit">
            分配
          </Button>
        )
      }
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="属地责任人">
          {g.gridUserName ?? <Tag color="red">未落实</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label="行业监管部门">
          {g.industryDepartmentName ?? <Tag color="volcano">未落实</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label="行业监管责任人">{dash(g.industryPerson)}</Descriptions.Item>
        <Descriptions.Item label="企业主体责任人">{dash(g.enterprisePerson)}</Descriptions.Item>
        <Descriptions.Item label="监管重点">{dash(g.focus)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
