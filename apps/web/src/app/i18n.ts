import {
  createContext,
  createElement,
  useCallback,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from 'react';

/**
 * Shell texts (menu, page titles, buttons) in Chinese first and English second. Server messages stay
 * in Chinese: the API answers in Chinese and the platform's users are Chinese officials.
 */
export const languages = ['zh-CN', 'en-US'] as const;
export type Lang = (typeof languages)[number];

const messages = {
  'app.title': ['安监 · 安全生产综合监管服务平台', 'Anjian · Work-Safety Supervision Platform'],
  'app.short': ['安监', 'Anjian'],
  'lang.switch': ['English', '中文'],
  'lang.label': ['切换语言', 'Switch language'],
  'menu.home': ['首页', 'Home'],
  'menu.org': ['组织机构', 'Organisation'],
  'menu.divisions': ['行政区划', 'Divisions'],
  'menu.departments': ['部门管理', 'Departments'],
  'menu.system': ['系统管理', 'System'],
  'menu.users': ['用户管理', 'Users'],
  'menu.roles': ['角色权限', 'Roles'],
  'menu.security': ['安全策略', 'Security policy'],
  'menu.securityAlerts': ['安全告警', 'Security alerts'],
  'menu.audit': ['审计日志', 'Audit log'],
  'menu.account': ['我的账户', 'My account'],
  'menu.safety': ['事故与指标', 'Accidents & indicators'],
  'menu.dashboard': ['大数据驾驶舱', 'Dashboard'],
  'menu.accidents': ['事故管理', 'Accidents'],
  'menu.indicators': ['安全生产指标', 'Safety indicators'],
  'menu.plans': ['规划目标', 'Plan targets'],
  'menu.denominators': ['统计基数', 'Denominators'],
  'menu.myEnterprise': ['本企业', 'My enterprise'],
  'menu.registry': ['企业监管', 'Enterprises'],
  'menu.enterprises': ['企业库', 'Enterprise registry'],
  'menu.enterpriseMap': ['企业地图', 'Enterprise map'],
  'menu.grid': ['网格责任', 'Grid responsibility'],
  'menu.agencies': ['第三方机构', 'Service agencies'],
  'menu.dual': ['双重预防', 'Dual prevention'],
  'menu.hazards': ['隐患台账', 'Hazards'],
  'menu.hazardReport': ['上报隐患', 'Report a hazard'],
  'menu.hazardRectify': ['隐患整改', 'Rectification'],
  'menu.hazardStats': ['隐患统计', 'Hazard statistics'],
  'menu.hazardFlags': ['自查可信度', 'Reporting integrity'],
  'menu.riskCalc': ['风险评价计算', 'Risk calculator'],
  'menu.riskModel': ['风险分级管控', 'Risk control'],
  'menu.selfInspection': ['企业自查', 'Self-inspection'],
  'menu.riskMap': ['四色风险图', 'Four-colour risk map'],
  'menu.notifications': ['站内消息', 'Notifications'],
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
  'btn.enable': ['启用', 'Enable'],
  'btn.disable': ['停用', 'Disable'],
  'btn.resetPassword': ['重置密码', 'Reset password'],
  'btn.grantRole': ['授予角色', 'Grant role'],
  'btn.unlock': ['解锁', 'Unlock'],
  'btn.resetMfa': ['重置双因素', 'Reset MFA'],
  'btn.verify': ['校验', 'Verify'],
  'btn.generate': ['随机生成', 'Generate'],
  'login.title': ['用户登录', 'Sign in'],
  'login.username': ['用户名', 'Username'],
  'login.password': ['密码', 'Password'],
  'login.submit': ['登录', 'Sign in'],
  'login.totpTitle': ['双因素认证', 'Two-factor authentication'],
  'login.totpHint': [
    '请输入身份验证器中的 6 位动态验证码，或一个恢复码。',
    'Enter the 6-digit code from your authenticator app, or a recovery code.',
  ],
  'login.totpCode': ['动态验证码', 'Verification code'],
  'login.totpSubmit': ['验证', 'Verify'],
  'login.demoTitle': ['演示环境', 'Demo installation'],
  'login.demoHint': ['以下演示账号的密码均为', 'Every demo account below uses the password'],
  'login.lockedUntil': ['锁定至', 'Locked until'],
  'login.footer': [
    '安全生产综合监管服务平台 · 开源、可自行部署',
    'Work-safety supervision platform · open source, self-hosted',
  ],
  'page.home': ['工作台', 'Workbench'],
  'page.account': ['我的账户', 'My account'],
  'page.users': ['用户管理', 'Users'],
  'page.roles': ['角色权限', 'Roles and permissions'],
  'page.security': ['安全策略', 'Security policy'],
  'page.divisions': ['行政区划', 'Administrative divisions'],
  'page.departments': ['部门管理', 'Departments'],
  'page.audit': ['审计日志', 'Audit log'],
  'page.dashboard': ['大数据驾驶舱', 'Work-safety dashboard'],
  'page.accidents': ['事故管理', 'Accidents'],
  'page.indicators': ['安全生产指标', 'Safety indicators'],
  'page.plans': ['规划目标', 'Plan targets'],
  'page.denominators': ['统计基数', 'Yearly denominators'],
  'page.enterprises': ['企业库', 'Enterprise registry'],
  'page.enterpriseMap': ['企业地图', 'Enterprise map'],
  'page.gridCoverage': ['网格化监管责任覆盖', 'Grid responsibility coverage'],
  'page.agencies': ['第三方技术服务机构', 'Third-party service agencies'],
  'page.hazards': ['隐患排查治理台账', 'Hazard register'],
  'page.hazardStats': ['隐患排查治理统计', 'Hazard statistics'],
  'page.hazardFlags': ['自查自报可信度标记', 'Self-reporting integrity flags'],
  'page.riskModel': ['风险分级管控', 'Graded risk control'],
  'page.securityAlerts': ['安全告警', 'Security alerts'],
  'page.selfInspection': ['企业自查计划与完成率', 'Self-inspection plans and completion'],
  'page.riskMap': ['四色风险分布图', 'Four-colour risk map'],
  'page.riskCalc': ['风险评价计算（LEC / L×S）', 'Risk assessment calculator (LEC / L×S)'],
  'page.notifications': ['站内消息', 'Notifications'],
  'page.notFound': ['页面不存在', 'Page not found'],
  'page.forbidden': ['无权访问此页面', 'You may not open this page'],
  'page.backHome': ['返回首页', 'Back to home'],
  'account.profile': ['个人信息', 'Profile'],
  'account.password': ['修改密码', 'Change password'],
  'account.totp': ['双因素认证（TOTP）', 'Two-factor authentication (TOTP)'],
  'account.mustChange': [
    '首次登录或密码已过期：请先修改密码，之后才能使用其他功能。',
    'Please change your password before using the platform.',
  ],
  'account.mfaRequired': [
    '所属角色要求启用双因素认证：请先绑定身份验证器。',
    'Your role requires two-factor authentication: enrol an authenticator first.',
  ],
  'users.create': ['新建用户', 'New user'],
  'users.edit': ['编辑用户', 'Edit user'],
  'accidents.create': ['事故快报', 'Report an accident'],
  'departments.create': ['新建部门', 'New department'],
  'departments.edit': ['编辑部门', 'Edit department'],
  'roles.mfa': ['强制双因素', 'MFA required'],
  'audit.verifyTitle': ['校验哈希链', 'Verify hash chain'],
  'risk.editObject': ['修改风险分析对象', 'Edit risk analysis object'],
  'risk.editUnit': ['修改风险分析单元', 'Edit risk analysis unit'],
  'risk.editEvent': ['修改安全风险事件', 'Edit risk event'],
  'risk.editMeasure': ['修改管控措施', 'Edit control measure'],
  'risk.editTask': ['修改隐患排查任务', 'Edit check task'],
  'risk.deleteConfirm': ['确认删除？', 'Delete?'],
  'risk.deleteCascade': [
    '其下级数据将一并删除；已有排查记录（管控证据）的不能删除。',
    'Everything beneath it is deleted too; rows with check records (evidence) cannot be deleted.',
  ],
} as const satisfies Record<string, readonly [string, string]>;

export type MessageKey = keyof typeof messages;

export function translate(lang: Lang, key: MessageKey): string {
  return messages[key][lang === 'zh-CN' ? 0 : 1];
}

const storageKey = 'anjian.lang';

/** The language kept in localStorage (only the language: never a token). */
export function storedLang(): Lang {
  try {
    const v = localStorage.getItem(storageKey);
    return v === 'en-US' ? 'en-US' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey) => string;
}

const I18nContext = createContext<I18nValue>({
  lang: 'zh-CN',
  setLang: () => undefined,
  t: (key) => translate('zh-CN', key),
});

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const setLang = useCallback((next: Lang) => {
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const value = useMemo<I18nValue>(
    () => ({ lang, setLang, t: (key) => translate(lang, key) }),
    [lang, setLang],
  );
  return createElement(I18nContext.Provider, { value }, children);
}

export const useI18n = (): I18nValue => useContext(I18nContext);
