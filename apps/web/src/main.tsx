import '@ant-design/v5-patch-for-react-19';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App as AntdApp, ConfigProvider } from 'antd';
// The ES build: antd/locale/* is CommonJS, and its default import would be the module object.
import zhCN from 'antd/es/locale/zh_CN';
import enUS from 'antd/es/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { AuthProvider } from './app/auth.tsx';
import { I18nProvider, storedLang, useI18n } from './app/i18n.ts';
import { QueryProvider } from './app/query.tsx';
import { AppRoutes } from './app/router.tsx';
import './app/global.css';

function Providers() {
  const { lang } = useI18n();
  dayjs.locale(lang === 'zh-CN' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider
      locale={lang === 'zh-CN' ? zhCN : enUS}
      theme={{ token: { colorPrimary: '#1668dc', borderRadius: 6 } }}
      button={{ autoInsertSpace: false }}
    >
      <AntdApp>
        <BrowserRouter>
          <QueryProvider>
            <AuthProvider>
              <AppRoutes />
            </AuthProvider>
          </QueryProvider>
        </BrowserRouter>
      </AntdApp>
    </ConfigProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
document.documentElement.lang = storedLang();
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <Providers />
    </I18nProvider>
  </StrictMode>,
);
