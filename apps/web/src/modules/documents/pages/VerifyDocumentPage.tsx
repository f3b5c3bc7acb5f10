import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Result, Spin, Tag, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import type { PublicDocumentDto } from '@anjian/domain';
import { isApiError } from '../../../api/client.ts';
import { useI18n } from '../../../app/i18n.ts';
import { documentsApi, sha256Hex } from '../documents.api.ts';

type Comparison = { name: string; digest: string | null } | null;

/**
 * The page the QR code of a 执法文书 opens (GET /api/public/documents/:id): no login, outside the main
 * layout, phone-first. Shows whether the document stands and lets the holder check a PDF against the
 * registered SHA-256 in the browser (Web Crypto; the file never leaves the device).
 */
export default function VerifyDocumentPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const q = useQuery({
    queryKey: ['documents', 'verify', id],
    queryFn: () => documentsApi.verify(id),
    meta: { quiet: true },
  });
  const [compared, setCompared] = useState<Comparison>(null);
  const doc: PublicDocumentDto | null = q.data ?? null;

  if (q.error) {
    const notFound = isApiError(q.error) && (q.error.status === 404 || q.error.status === 400);
    return <Result status="404" title={t(notFound ? 'doc.notFound' : 'doc.loadFailed')} />;
  }
  if (!doc) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  const valid = doc.status === 'valid';
  return (
    <div
      style={{ maxWidth: 640, margin: '0 auto', padding: 12, background: '#f5f5f5', minHeight: '100vh' }}
      data-testid="verify-document"
    >
      <Typography.Title level={4} style={{ textAlign: 'center', margin: '12px 0' }}>
        {t('doc.verifyTitle')}
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 12 }}>
        <div style={{ textAlign: 'center', marginBottom: 12 }}>
          <div style={{ fontSize: 20, fontWeight: 600 }}>{doc.title}</div>
          <div style={{ marginTop: 4 }}>{doc.number}</div>
          <Tag
            color={valid ? 'success' : 'error'}
            style={{ marginTop: 8, fontSize: 16, padding: '4px 12px' }}
            data-testid="doc-status"
          >
            {t(valid ? 'doc.valid' : 'doc.withdrawn')}
          </Tag>
        </div>
        {!valid && (
          <Alert type="error" showIcon message={t('doc.withdrawnNotice')} style={{ marginBottom: 12 }} />
        )}
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('doc.kind')}>{doc.kindName}</Descriptions.Item>
          <Descriptions.Item label={t('doc.number')}>{doc.number}</Descriptions.Item>
          <Descriptions.Item label={t('doc.authority')}>{doc.authority}</Descriptions.Item>
          <Descriptions.Item label={t('doc.issuedOn')}>{doc.issuedOn}</Descriptions.Item>
          {doc.withdrawnOn && (
            <Descriptions.Item label={t('doc.withdrawnOn')}>{doc.withdrawnOn}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('doc.sha256')}>
            <Typography.Text code copyable style={{ wordBreak: 'break-all' }} data-testid="doc-sha256">
              {doc.sha256}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('doc.compareTitle')} style={{ marginBottom: 12 }}>
        <Upload.Dragger
          accept="application/pdf,.pdf"
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            void sha256Hex(file).then((digest) => setCompared({ name: file.name, digest }));
            return false; // never sent anywhere
          }}
          data-testid="doc-drop"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-hint">{t('doc.compareHint')}</p>
        </Upload.Dragger>
        {compared && compared.digest === null && (
          <Alert type="warning" showIcon message={t('doc.noCrypto')} style={{ marginTop: 12 }} />
        )}
        {compared?.digest && (
          <Alert
            style={{ marginTop: 12 }}
            type={compared.digest === doc.sha256 ? 'success' : 'error'}
            showIcon
            data-testid="doc-compare"
            message={t(compared.digest === doc.sha256 ? 'doc.match' : 'doc.mismatch')}
            description={
              <span style={{ wordBreak: 'break-all' }}>
                {compared.name} · {t('doc.fileDigest')}：{compared.digest}
              </span>
            }
          />
        )}
      </Card>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
        {t('doc.privacy')}
      </Typography.Paragraph>
    </div>
  );
}
