import { PageContainer } from '@ant-design/pro-components';
import { Alert, Col, Row, Space } from 'antd';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { ChangePasswordCard } from '../components/ChangePasswordCard.tsx';
import { ProfileCard } from '../components/ProfileCard.tsx';
import { TotpCard } from '../components/TotpCard.tsx';

/** 我的账户: every signed-in user, including one that must first change the password or enrol TOTP. */
export default function AccountPage() {
  const { me } = useAuth();
  const { t } = useI18n();
  return (
    <PageContainer title={t('page.account')}>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {me?.mustChangePassword && (
          <Alert type="warning" showIcon message={t('account.mustChange')} data-testid="banner-must-change" />
        )}
        {me?.mfaEnrollRequired && (
          <Alert
            type="warning"
            showIcon
            message={t('account.mfaRequired')}
            data-testid="banner-mfa-required"
          />
        )}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={10}>
            <ProfileCard />
          </Col>
          <Col xs={24} xl={14}>
            <Space direction="vertical" size={16} style={{ width: '100%' }}>
              <ChangePasswordCard />
              <TotpCard />
            </Space>
          </Col>
        </Row>
      </Space>
    </PageContainer>
  );
}
