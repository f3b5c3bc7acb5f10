import { useState } from 'react';
import { Alert, App, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { ImportIssue } from '@anjian/domain';
import { isApiError } from '../../../api/client.ts';
import { useApiError } from '../../../api/use-api-error.ts';
import { type ImportResult, download, enterpriseApi, saveBlob } from '../enterprise.api.ts';

const isIssue = (d: unknown): d is ImportIssue =>
  typeof d === 'object' && d !== null && typeof (d as ImportIssue).row === 'number' && 'message' in d;

const columns = [
  { title: '行号', dataIndex: 'row', width: 70 },
  { title: '列', dataIndex: 'column', width: 170 },
  { title: '问题', dataIndex: 'message' },
];

interface Props {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}

/**
 * Excel import: template, upload, and when rows are bad the table of (row, column, message) the server
 * answered; nothing is written then unless the user explicitly re-submits with "只导入有效行".
 */
export function ImportModal({ open, onClose, onImported }: Props) {
  const { message } = App.useApp();
  const onError = useApiError();
  const [file, setFile] = useState<File | null>(null);
  const [rejected, setRejected] = useState<{ text: string; issues: ImportIssue[] } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setFile(null);
    setRejected(null);
    setResult(null);
  };
  const close = () => {
    reset();
    onClose();
  };

  const send = async (mode: 'all' | 'valid-only') => {
    if (!file) return;
    setBusy(true);
    try {
      const r = await enterpriseApi.import(file, mode);
      setRejected(null);
      setResult(r);
      void message.success(`已导入 ${r.imported} 家企业`);
      onImported();
    } catch (err) {
      if (isApiError(err) && err.status === 400 && Array.isArray(err.details) && err.details.some(isIssue)) {
        setRejected({ text: err.message, issues: err.details.filter(isIssue) });
      } else onError(err);
    } finally {
      setBusy(false);
    }
  };

  const downloadReport = async () => {
    if (!file) return;
    setBusy(true);
    try {
      saveBlob(await enterpriseApi.errorReport(file), '企业导入错误报告.xlsx');
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };

  const bad = new Set(rejected?.issues.map((i) => i.row) ?? []);
  return (
    <Modal
      title="导入企业（.xlsx）"
      open={open}
      onCancel={close}
      width={760}
      style={{ maxWidth: 'calc(100vw - 16px)' }}
      footer={
        <Space wrap>
          <Button onClick={close}>关闭</Button>
          {rejected && (
            <Button
              danger
              loading={busy}
              onClick={() => void send('valid-only')}
              data-testid="import-valid-only"
            >
              只导入有效行（跳过 {bad.size} 行错误）
            </Button>
          )}
          {!result && (
            <Button
              type="primary"
              disabled={!file || Boolean(rejected)}
              loading={busy}
              onClick={() => void send('all')}
              data-testid="import-submit"
            >
              导入
            </Button>
          )}
        </Space>
      }
      data-testid="import-modal"
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          按模板填写“企业信息”表：带 * 的列必填；监管行业、规模、标准化等级填中文名称；多个值用“、”分隔。
          只要有一行错误，默认不写入任何数据。
        </Typography.Paragraph>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => download(enterpriseApi.templateUrl())}
          data-testid="import-template"
        >
          下载导入模板
        </Button>
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          maxCount={1}
          fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
          beforeUpload={(f) => {
            reset();
            setFile(f);
            return false;
          }}
          onRemove={() => reset()}
          data-testid="import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或拖入 .xlsx 文件（≤ 5 MB，≤ 10 000 行）</p>
        </Upload.Dragger>
        {rejected && (
          <>
            <Alert
              type="error"
              showIcon
              message={rejected.text}
              description={
                <Space direction="vertical" size={4}>
                  <span data-testid="import-error-count">
                    共 {bad.size} 行错误、{rejected.issues.length}{' '}
                    处问题。请下载错误报告，按“错误说明”列修正标红的单元格后重新上传；或者明确选择“只导入有效行”，错误行将被跳过。
                  </span>
                  <Button
                    size="small"
                    icon={<DownloadOutlined />}
                    loading={busy}
                    onClick={() => void downloadReport()}
                    data-testid="import-error-report"
                  >
                    下载错误报告（.xlsx）
                  </Button>
                </Space>
              }
              data-testid="import-rejected"
            />
            <Table
              size="small"
              rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
              columns={columns}
              dataSource={rejected.issues}
              pagination={{ pageSize: 8, hideOnSinglePage: true }}
              data-testid="import-issues"
            />
          </>
        )}
        {result && (
          <Alert
            type={result.skipped.length ? 'warning' : 'success'}
            showIcon
            message={`共 ${result.totalRows} 行，已导入 ${result.imported} 行${result.skipped.length ? `，跳过 ${new Set(result.skipped.map((s) => s.row)).size} 行` : ''}`}
            description={
              result.skipped.length ? (
                <Table
                  size="small"
                  rowKey={(r) => `${r.row}-${r.column}`}
                  columns={columns}
                  dataSource={result.skipped}
                  pagination={false}
                />
              ) : undefined
            }
            data-testid="import-result"
          />
        )}
      </Space>
    </Modal>
  );
}
