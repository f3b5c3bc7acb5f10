/** A text table: each key in Chinese first and English second. */
export type Messages = Record<string, readonly [zhCN: string, enUS: string]>;

/**
 * The platform's own texts (the shell, the shared buttons, the error pages). Every module keeps its
 * texts in `modules/<m>/messages.ts`; app/i18n.ts merges them.
 */
export const platformMessages = {
  'app.title': ['安监 · 安全生产综合监管服务平台', 'Anjian · Work-Safety Supervision Platform'],
  'app.short': ['安监', 'Anjian'],
  'lang.switch': ['English', '中文'],
  'lang.label': ['切换语言', 'Switch language'],
  'menu.home': ['首页', 'Home'],
  'menu.org': ['组织机构', 'Organisation'],
  'menu.system': ['系统管理', 'System'],
  'menu.safety': ['事故与指标', 'Accidents & indicators'],
  'menu.registry': ['企业监管', 'Enterprises'],
  'menu.dual': ['双重预防', 'Dual prevention'],
  'header.logout': ['退出登录', 'Log out'],
  'header.noRole': ['未授权角色', 'No role'],
  'btn.create': ['新建', 'New'],
  'btn.edit': ['编辑', 'Edit'],
  'btn.delete': ['删除', 'Delete'],
  'btn.save': ['保存', 'Save'],
  'btn.cancel': ['取消', 'Cancel'],
  'btn.ok': ['确定', 'OK'],
  'btn.search': ['查询', 'Search'],
  'btn.reset': ['重置', 'Reset'],
  'btn.refresh': ['刷新', 'Refresh'],
  'btn.back': ['返回', 'Back'],
  'page.notFound': ['页面不存在', 'Page not found'],
  'page.forbidden': ['无权访问此页面', 'You may not open this page'],
  'page.backHome': ['返回首页', 'Back to home'],
} as const satisfies Messages;
