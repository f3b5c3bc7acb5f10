import { type Key, useCallback, useEffect, useState } from 'react';
import { PageContainer } from '@ant-design/pro-components';
import { Card, Col, Row, Space, Spin, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useApiError } from '../../../api/use-api-error.ts';
import { useI18n } from '../../../app/i18n.ts';
import { DivisionDetail } from '../components/DivisionDetail.tsx';
import { LevelTag } from '../components/LevelTag.tsx';
import { type Division, orgApi } from '../org.api.ts';

const toNode = (d: Division): DataNode => ({
  key: d.code,
  isLeaf: !d.hasChildren,
  title: (
    <Space size={6} data-testid={`division-node-${d.code}`}>
      <span>{d.name}</span>
      <LevelTag level={d.level} />
      <Typography.Text type="secondary" className="mono" style={{ fontSize: 12 }}>
        {d.code}
      </Typography.Text>
    </Space>
  ),
});

/** Puts `children` under the node `key`, wherever it sits in the tree. */
function withChildren(nodes: DataNode[], key: string, children: DataNode[]): DataNode[] {
  return nodes.map((n) => {
    if (n.key === key) return { ...n, children };
    return n.children ? { ...n, children: withChildren(n.children, key, children) } : n;
  });
}

function hasKey(nodes: DataNode[], key: string): boolean {
  return nodes.some((n) => n.key === key || (n.children ? hasKey(n.children, key) : false));
}

/** 行政区划: the division tree of the caller's scope, loaded level by level, with a detail panel. */
export default function DivisionsPage() {
  const { t } = useI18n();
  const onError = useApiError();
  const [tree, setTree] = useState<DataNode[]>([]);
  const [loading, setLoading] = useState(true);
  const [selected, setSelected] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<Key[]>([]);

  useEffect(() => {
    void (async () => {
      try {
        const roots = await orgApi.divisions();
        let nodes = roots.map(toNode);
        const first = roots[0];
        if (first) {
          setSelected(first.code);
          if (first.hasChildren) {
            // The root of the scope opens with its children shown.
            nodes = withChildren(nodes, first.code, (await orgApi.divisions(first.code)).map(toNode));
            setExpanded([first.code]);
          }
        }
        setTree(nodes);
      } catch (err) {
        onError(err);
      } finally {
        setLoading(false);
      }
    })();
  }, [onError]);

  const loadData = useCallback(
    async (node: DataNode) => {
      if (node.children) return;
      try {
        const children = await orgApi.divisions(String(node.key));
        setTree((prev) => withChildren(prev, String(node.key), children.map(toNode)));
      } catch (err) {
        onError(err);
      }
    },
    [onError],
  );

  return (
    <PageContainer
      title={t('page.divisions')}
      content="按 GB/T 2260 及统计用区划代码组织：市 → 区县 → 乡镇 → 村，点击展开下级。"
    >
      <Row gutter={16}>
        <Col xs={24} lg={11}>
          <Card
            title="区划树"
            styles={{ body: { maxHeight: 'calc(100vh - 260px)', overflow: 'auto', minHeight: 320 } }}
          >
            <Spin spinning={loading}>
              <Tree
                treeData={tree}
                loadData={loadData}
                showLine
                blockNode
                expandedKeys={expanded}
                onExpand={(keys) => setExpanded(keys)}
                selectedKeys={selected ? [selected] : []}
                onSelect={(keys) => {
                  const key = keys[0];
                  if (key !== undefined) setSelected(String(key));
                }}
                data-testid="division-tree"
                aria-label={t('page.divisions')}
              />
            </Spin>
          </Card>
        </Col>
        <Col xs={24} lg={13}>
          <DivisionDetail code={selected} onPick={setSelected} isKnown={(code) => hasKey(tree, code)} />
        </Col>
      </Row>
    </PageContainer>
  );
}
