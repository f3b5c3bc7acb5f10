import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import type { Permission } from '@anjian/domain';
import type { MessageKey } from './i18n.ts';

/** The folders of the navigation; app/menu.tsx gives each its label, icon and place. */
export type MenuGroup = 'org' | 'registry' | 'safety' | 'system' | 'dual';

/** Who may open a page: a permission, any signed-in account, or anyone (outside the shell, no login). */
export type PageAccess = Permission | 'signed-in' | 'public';

export interface MenuSpec {
  label: MessageKey;
  icon: ReactNode;
  /** The folder the entry sits in; absent: a top-level entry. */
  group?: MenuGroup;
  /** Place among its siblings (top-level entries share the scale of the folders, see app/menu.tsx). */
  order: number;
  /** A live count shown in the header while the entry is visible (lazy, so the shell stays small). */
  badge?: LazyExoticComponent<ComponentType>;
}

/**
 * One page of a module as data. The router and the menu are both derived from the list of these
 * (app/routes.ts), so a path and its permission are written once, here.
 */
export interface PageRoute {
  /** The address, absolute: `/hazards/:id`. */
  path: string;
  /** Loaded on first visit: one chunk per page. */
  page: LazyExoticComponent<ComponentType>;
  permission: PageAccess;
  menu?: MenuSpec;
}
