import { useState } from 'react';
import { Alert, Button } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useApiError } from '../../../api/use-api-error.ts';
import { useI18n } from '../../../app/i18n.ts';
import { type AuditVerification, auditApi } from '../audit.api.ts';

const problems = { hash: '记录内容被篡改（哈希不符）', link: '链接断开（记录被删除或插入）' } as const;

/** Verifies the audit hash chain (AU-03) and says where it first breaks. */
export function VerifyButton({ onResult }: { onResult: (r: AuditVerification) => void }) {
  const { t } = useI18n();
  const onError = useApiError();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<SafetyCertificateOutlined />}
      loading={busy}
      data-testid="audit-verify"
      aria-label={t('audit.verifyTitle')}
      onClick={() => {
        setBusy(true);
        auditApi
          .verify()
          .then(onResult)
          .catch(onError)
          .finally(() => setBusy(false));
      }}
    >
      {t('btn.verify')}
    </Button>
  );
}

export function VerifyResult({ result, onClose }: { result: AuditVerification; onClose: () => void }) {
  return result.ok ? (
    <Alert
      type="success"
      showIcon
      closable
      onClose={onClose}
      data-testid="audit-verify-result"
      message={`审计日志哈希链完整：共校验 ${result.rows} 条记录，未发现篡改。`}
      style={{ marginBottom: 16 }}
    />
  ) : (
    <Alert
      type="error"
      showIcon
      closable
      onClose={onClose}
      data-testid="audit-verify-result"
      message="审计日志哈希链校验失败"
      description={
        result.firstBroken
          ? `第一条异常记录：#${result.firstBroken.id}，${problems[result.firstBroken.problem]}。共校验 ${result.rows} 条记录。`
          : `共校验 ${result.rows} 条记录。`
      }
      style={{ marginBottom: 16 }}
    />
  );
}
