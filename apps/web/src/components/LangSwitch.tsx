import { Button } from 'antd';
import { TranslationOutlined } from '@ant-design/icons';
import { useI18n } from '../app/i18n.ts';

/** Switches between Chinese (default) and English; the choice is kept in localStorage. */
export function LangSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Button
      type="text"
      size="small"
      icon={<TranslationOutlined />}
      aria-label={t('lang.label')}
      data-testid="lang-switch"
      onClick={() => setLang(lang === 'zh-CN' ? 'en-US' : 'zh-CN')}
    >
      {t('lang.switch')}
    </Button>
  );
}
