import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  ClusterOutlined,
  SafetyOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
  IdcardOutlined,
  GlobalOutlined,
  AlertOutlined,
  AimOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FundOutlined,
  LineChartOutlined,
  BankOutlined,
  ShopOutlined,
  EnvironmentOutlined,
  PartitionOutlined,
  SolutionOutlined,
  HomeOutlined,
  WarningOutlined,
  FileSearchOutlined,
  CameraOutlined,
  ToolOutlined,
  PieChartOutlined,
  CalculatorOutlined,
  BellOutlined,
  NodeIndexOutlined,
  HeatMapOutlined,
  CheckSquareOutlined,
  FlagOutlined,
} from '@ant-design/icons';
import type { Permission } from '@anjian/domain';
import type { MessageKey } from './i18n.ts';

export interface MenuEntry {
  path: string;
  label: MessageKey;
  icon?: ReactNode;
  /** Shown only to roles holding this permission; absent = everyone. */
  permission?: Permission;
  children?: MenuEntry[];
}

/** The navigation, in the order an administrator expects; the server still checks every request. */
export const menu: MenuEntry[] = [
  // An enterprise account lands on its own record.
  {
    path: '/my-enterprise',
    label: 'menu.myEnterprise',
    icon: <HomeOutlined />,
    permission: 'enterprise.self',
  },
  {
    path: '/org',
    label: 'menu.org',
    icon: <ClusterOutlined />,
    children: [
      { path: '/org/divisions', label: 'menu.divisions', icon: <GlobalOutlined />, permission: 'org.read' },
      {
        path: '/org/departments',
        label: 'menu.departments',
        icon: <ApartmentOutlined />,
        permission: 'org.read',
      },
    ],
  },
  {
    path: '/registry',
    label: 'menu.registry',
    icon: <BankOutlined />,
    children: [
      {
        path: '/enterprises',
        label: 'menu.enterprises',
        icon: <ShopOutlined />,
        permission: 'enterprise.read',
      },
      {
        path: '/enterprise-map',
        label: 'menu.enterpriseMap',
        icon: <EnvironmentOutlined />,
        permission: 'enterprise.read',
      },
      { path: '/grid', label: 'menu.grid', icon: <PartitionOutlined />, permission: 'grid.read' },
      { path: '/agencies', label: 'menu.agencies', icon: <SolutionOutlined />, permission: 'agency.read' },
    ],
  },
  {
    path: '/safety',
    label: 'menu.safety',
    icon: <FundOutlined />,
    children: [
      {
        path: '/dashboard',
        label: 'menu.dashboard',
        icon: <DashboardOutlined />,
        permission: 'indicator.read',
      },
      { path: '/accidents', label: 'menu.accidents', icon: <AlertOutlined />, permission: 'accident.read' },
      {
        path: '/indicators',
        label: 'menu.indicators',
        icon: <LineChartOutlined />,
        permission: 'indicator.read',
      },
      { path: '/plans', label: 'menu.plans', icon: <AimOutlined />, permission: 'indicator.read' },
      {
        path: '/denominators',
        label: 'menu.denominators',
        icon: <DatabaseOutlined />,
        permission: 'indicator.read',
      },
    ],
  },
  {
    path: '/system',
    label: 'menu.system',
    icon: <SettingOutlined />,
    children: [
      { path: '/users', label: 'menu.users', icon: <TeamOutlined />, permission: 'user.read' },
      { path: '/roles', label: 'menu.roles', icon: <IdcardOutlined />, permission: 'role.read' },
      { path: '/security', label: 'menu.security', icon: <SafetyOutlined />, permission: 'security.policy' },
      {
        path: '/security-alerts',
        label: 'menu.securityAlerts',
        icon: <AlertOutlined />,
        permission: 'security.policy',
      },
    ],
  },
  {
    path: '/dual',
    label: 'menu.dual',
    icon: <WarningOutlined />,
    children: [
      { path: '/hazards', label: 'menu.hazards', icon: <FileSearchOutlined />, permission: 'hazard.read' },
      {
        path: '/hazards/report',
        label: 'menu.hazardReport',
        icon: <CameraOutlined />,
        permission: 'hazard.report',
      },
      {
        path: '/hazards/rectify',
        label: 'menu.hazardRectify',
        icon: <ToolOutlined />,
        permission: 'hazard.rectify',
      },
      {
        path: '/hazards/stats',
        label: 'menu.hazardStats',
        icon: <PieChartOutlined />,
        permission: 'hazard.read',
      },
      {
        path: '/hazards/flags',
        label: 'menu.hazardFlags',
        icon: <FlagOutlined />,
        permission: 'hazard.assess',
      },
      {
        path: '/risk/model',
        label: 'menu.riskModel',
        icon: <NodeIndexOutlined />,
        permission: 'risk.read',
      },
      { path: '/risk/map', label: 'menu.riskMap', icon: <HeatMapOutlined />, permission: 'risk.read' },
      {
        path: '/self-inspection',
        label: 'menu.selfInspection',
        icon: <CheckSquareOutlined />,
        permission: 'risk.read',
      },
      {
        path: '/risk/calculator',
        label: 'menu.riskCalc',
        icon: <CalculatorOutlined />,
        permission: 'risk.read',
      },
      {
        path: '/notifications',
        label: 'menu.notifications',
        icon: <BellOutlined />,
        permission: 'hazard.read',
      },
    ],
  },
  { path: '/audit', label: 'menu.audit', icon: <AuditOutlined />, permission: 'audit.read' },
  { path: '/account', label: 'menu.account', icon: <UserOutlined /> },
];

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
