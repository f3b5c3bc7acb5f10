import { useEffect, useState } from 'react';
import { TreeSelect } from 'antd';
import { type DivisionLevel, divisionLevelNames } from '@anjian/domain';
import { useAuth } from '../app/auth.tsx';
import { type Division, orgApi } from '../modules/org/org.api.ts';

interface Node {
  id: string;
  pId?: string;
  value: string;
  title: string;
  isLeaf: boolean;
}

const levelName = (level: string) => divisionLevelNames[level as DivisionLevel] ?? level;
const toNode = (d: Division, pId?: string): Node => ({
  id: d.code,
  pId,
  value: d.code,
  title: `${d.name}（${levelName(d.level)}）`,
  isLeaf: !d.hasChildren,
});

export interface DivisionTreeSelectProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  id?: string;
  'data-testid'?: string;
  'aria-label'?: string;
}

/**
 * Picks a division in the caller's scope, loading children on demand (GET /api/divisions?parent=).
 * A preset value has its ancestors loaded so that the tree shows its name, not its code. A role that may
 * not read divisions (an enterprise or agency account: its scope is its own records) gets a disabled
 * picker and no request — a page load must never write access.denied rows (issue 11).
 */
export function DivisionTreeSelect({
  value,
  onChange,
  placeholder = '请选择行政区划',
  allowClear = true,
  disabled,
  id,
  ...rest
}: DivisionTreeSelectProps) {
  const { can } = useAuth();
  const allowed = can('org.read');
  const [nodes, setNodes] = useState<Node[]>([]);
  const [loadedParents] = useState(() => new Set<string>());

  const addChildren = (children: Node[]) =>
    setNodes((prev) => {
      const known = new Set(prev.map((n) => n.id));
      return [...prev, ...children.filter((n) => !known.has(n.id))];
    });

  const loadChildren = async (parent: string) => {
    if (loadedParents.has(parent)) return;
    loadedParents.add(parent);
    try {
      const children = await orgApi.divisions(parent);
      addChildren(children.map((d) => toNode(d, parent)));
    } catch (err) {
      loadedParents.delete(parent);
      throw err;
    }
  };

  useEffect(() => {
    if (!allowed) return;
    let alive = true;
    orgApi
      .divisions()
      .then((roots) => alive && addChildren(roots.map((d) => toNode(d))))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [allowed]);

  useEffect(() => {
    if (!allowed || !value || nodes.some((n) => n.id === value)) return;
    let alive = true;
    void (async () => {
      try {
        const detail = await orgApi.division(value);
        for (const step of detail.path.slice(0, -1)) {
          if (!alive) return;
          await loadChildren(step.code).catch(() => undefined);
        }
      } catch {
        // out of scope or removed: the raw code stays visible
      }
    })();
    return () => {
      alive = false;
    };
    // Only a new value needs its ancestors loaded.
  }, [value, allowed]);

  return (
    <TreeSelect<string>
      id={id}
      data-testid={rest['data-testid']}
      aria-label={rest['aria-label'] ?? placeholder}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      treeDataSimpleMode
      treeData={nodes}
      loadData={async (node) => {
        const code = typeof node.value === 'string' ? node.value : String(node.value);
        await loadChildren(code);
      }}
      placeholder={allowed ? placeholder : '本单位范围'}
      allowClear={allowClear}
      disabled={disabled || !allowed}
      showSearch
      treeNodeFilterProp="title"
      popupMatchSelectWidth={false}
      style={{ width: '100%', minWidth: 200 }}
    />
  );
}
