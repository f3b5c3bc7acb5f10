import type { ReactNode } from 'react';
import {
  BankOutlined,
  ClusterOutlined,
  FundOutlined,
  SettingOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { Permission } from '@anjian/domain';
import type { MessageKey } from './i18n.ts';
import type { MenuGroup, PageRoute } from './page-route.ts';
import { routeTable } from './routes.ts';

export interface MenuEntry {
  path: string;
  label: MessageKey;
  icon?: ReactNode;
  /** Shown only to roles holding this permission; absent = everyone. */
  permission?: Permission;
  badge?: NonNullable<PageRoute['menu']>['badge'];
  children?: MenuEntry[];
}

/**
 * The folders in the order an administrator expects. Top-level entries of the modules share this scale:
 * 本企业 10 · folders 20–60 · 审计日志 70 · 我的账户 80.
 */
const groups: Record<MenuGroup, { label: MessageKey; icon: ReactNode; order: number }> = {
  org: { label: 'menu.org', icon: <ClusterOutlined />, order: 20 },
  registry: { label: 'menu.registry', icon: <BankOutlined />, order: 30 },
  safety: { label: 'menu.safety', icon: <FundOutlined />, order: 40 },
  system: { label: 'menu.system', icon: <SettingOutlined />, order: 50 },
  dual: { label: 'menu.dual', icon: <WarningOutlined />, order: 60 },
};

/** The navigation built from the route table; the server still checks every request. */
export function buildMenu(routes: readonly PageRoute[]): MenuEntry[] {
  type Placed = MenuEntry & { order: number };
  const folders = new Map<MenuGroup, Placed & { children: Placed[] }>(
    (Object.keys(groups) as MenuGroup[]).map((g) => [
      g,
      { path: `/${g}`, label: groups[g].label, icon: groups[g].icon, order: groups[g].order, children: [] },
    ]),
  );
  const top: Placed[] = [...folders.values()];
  for (const r of routes) {
    if (!r.menu || r.permission === 'public') continue;
    const entry: Placed = {
      path: r.path,
      label: r.menu.label,
      icon: r.menu.icon,
      permission: r.permission === 'signed-in' ? undefined : r.permission,
      badge: r.menu.badge,
      order: r.menu.order,
    };
    const folder = r.menu.group ? folders.get(r.menu.group) : undefined;
    (folder ? folder.children : top).push(entry);
  }
  const sorted = (entries: Placed[]): MenuEntry[] =>
    [...entries]
      .sort((a, b) => a.order - b.order)
      .map(({ order: _order, children, ...e }) =>
        children ? { ...e, children: sorted(children as Placed[]) } : e,
      );
  return sorted(top);
}

export const menu: MenuEntry[] = buildMenu(routeTable);

/** The menu the user may see: entries without the permission dropped, empty groups too. */
export function visibleMenu(can: (p: Permission) => boolean, entries: MenuEntry[] = menu): MenuEntry[] {
  return entries.flatMap((e) => {
    if (e.permission && !can(e.permission)) return [];
    if (!e.children) return [e];
    const children = visibleMenu(can, e.children);
    return children.length ? [{ ...e, children }] : [];
  });
}

/** The first page the user may open: where "/" leads. */
export function firstPage(entries: MenuEntry[]): string {
  const first = entries[0];
  if (!first) return '/account';
  return first.children ? firstPage(first.children) : first.path;
}
