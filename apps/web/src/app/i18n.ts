import {
  createContext,
  createElement,
  useCallback,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { messages as accident } from '../modules/accident/messages.ts';
import { messages as account } from '../modules/account/messages.ts';
import { messages as agency } from '../modules/agency/messages.ts';
import { messages as audit } from '../modules/audit/messages.ts';
import { messages as auth } from '../modules/auth/messages.ts';
import { messages as dashboard } from '../modules/dashboard/messages.ts';
import { messages as documents } from '../modules/documents/messages.ts';
import { messages as workbench } from '../modules/workbench/messages.ts';
import { messages as enforcement } from '../modules/enforcement/messages.ts';
import { messages as enterprise } from '../modules/enterprise/messages.ts';
import { messages as grid } from '../modules/grid/messages.ts';
import { messages as hazard } from '../modules/hazard/messages.ts';
import { messages as indicator } from '../modules/indicator/messages.ts';
import { messages as inspection } from '../modules/inspection/messages.ts';
import { messages as majorHazard } from '../modules/major-hazard/messages.ts';
import { messages as monitoring } from '../modules/monitoring/messages.ts';
import { messages as org } from '../modules/org/messages.ts';
import { messages as plan } from '../modules/plan/messages.ts';
import { messages as risk } from '../modules/risk/messages.ts';
import { messages as roles } from '../modules/roles/messages.ts';
import { messages as security } from '../modules/security/messages.ts';
import { messages as selfInspection } from '../modules/self-inspection/messages.ts';
import { messages as users } from '../modules/users/messages.ts';
import { platformMessages } from './messages.ts';

/**
 * Texts of the shell and the pages in Chinese first and English second. Server messages stay in
 * Chinese: the API answers in Chinese and the platform's users are Chinese officials.
 */
export const languages = ['zh-CN', 'en-US'] as const;
export type Lang = (typeof languages)[number];

/** The platform's texts and every module's, one table; a key is defined once (app/i18n.unit.test.ts). */
export const messageTables = [
  platformMessages,
  accident,
  account,
  agency,
  audit,
  auth,
  dashboard,
  documents,
  workbench,
  enforcement,
  enterprise,
  grid,
  hazard,
  indicator,
  inspection,
  majorHazard,
  monitoring,
  org,
  plan,
  risk,
  roles,
  security,
  selfInspection,
  users,
] as const;

const messages = {
  ...platformMessages,
  ...accident,
  ...account,
  ...agency,
  ...audit,
  ...auth,
  ...dashboard,
  ...documents,
  ...workbench,
  ...enforcement,
  ...enterprise,
  ...grid,
  ...hazard,
  ...indicator,
  ...inspection,
  ...majorHazard,
  ...monitoring,
  ...org,
  ...plan,
  ...risk,
  ...roles,
  ...security,
  ...selfInspection,
  ...users,
};

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
