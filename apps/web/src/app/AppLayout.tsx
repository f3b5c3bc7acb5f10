import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { ProLayout, type MenuDataItem } from '@ant-design/pro-components';
import { Button, Grid, Space, Tag, Tooltip, Typography } from 'antd';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { LangSwitch } from '../components/LangSwitch.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { useAuth } from './auth.tsx';
import { useI18n } from './i18n.ts';
import { type MenuEntry, visibleMenu } from './menu.tsx';

/** The signed-in shell: ProLayout with the menu the user's permissions allow and the header actions. */
export default function AppLayout() {
  const { me, can, logout } = useAuth();
  const { t } = useI18n();
  const location = useLocation();
  // On a phone (below md) the header keeps icons only: the menu is a drawer, names would wrap.
  const wide = Grid.useBreakpoint().md !== false;

  const toMenuData = (entries: MenuEntry[]): MenuDataItem[] =>
    entries.map((e) => ({
      path: e.path,
      name: t(e.label),
      icon: e.icon,
      children: e.children ? toMenuData(e.children) : undefined,
    }));
  const visible = visibleMenu(can);
  const routes = toMenuData(visible);
  const badges = visible.flatMap((e) => [e, ...(e.children ?? [])]).flatMap((e) => (e.badge ? [e] : []));

  return (
    <ProLayout
      title={t('app.title')}
      logo={<img src="/favicon.svg" alt={t('app.short')} />}
      layout="mix"
      fixSiderbar
      fixedHeader
      siderWidth={216}
      location={{ pathname: location.pathname }}
      route={{ path: '/', routes }}
      menu={{ defaultOpenAll: true, ignoreFlatMenu: true }}
      headerTitleRender={(logo, title) => (
        <Link to="/" aria-label={t('menu.home')} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          {logo}
          {title}
        </Link>
      )}
      menuItemRender={(item, dom) =>
        item.path ? (
          <Link to={item.path} data-testid={`menu-${item.path.replace(/^\//, '').replace(/\//g, '-')}`}>
            {dom}
          </Link>
        ) : (
          dom
        )
      }
      actionsRender={() => [
        ...badges.map(({ path, badge: Badge }) => (
          <Suspense key={path} fallback={null}>
            {Badge && <Badge />}
          </Suspense>
        )),
        <Space key="user" size={6} data-testid="header-user">
          <UserOutlined />
          {wide && <Typography.Text strong>{me?.user.displayName}</Typography.Text>}
          {wide && (
            <Tag color={me?.user.roleName ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }}>
              {me?.user.roleName ?? t('header.noRole')}
            </Tag>
          )}
        </Space>,
        <LangSwitch key="lang" />,
        <Tooltip key="logout" title={t('header.logout')}>
          <Button
            type="text"
            size="small"
            icon={<LogoutOutlined />}
            aria-label={t('header.logout')}
            data-testid="logout"
            onClick={() => void logout()}
          >
            {wide && t('header.logout')}
          </Button>
        </Tooltip>,
      ]}
    >
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </ProLayout>
  );
}
