import { useState } from 'react';
import { Alert, App, Button, Space, Table, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import type { FieldIssue } from '@anjian/domain';
import { isApiError } from '../../../api/client.ts';
import { useApiError } from '../../../api/use-api-error.ts';
import { importDenominators, indicatorApi } from '../indicator.api.ts';

/** .xlsx template and import; a rejected file lists its bad cells (nothing is written then). */
export function DenominatorImport({ onImported, canWrite }: { onImported: () => void; canWrite: boolean }) {
  const { message } = App.useApp();
  const onError = useApiError();
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    setBusy(true);
    setIssues([]);
    try {
      const { saved } = await importDenominators(file);
      void message.success(`导入成功：${saved} 项`);
      onImported();
    } catch (err) {
      if (isApiError(err) && err.fieldIssues.length) setIssues(err.fieldIssues);
      onError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Button
          icon={<DownloadOutlined />}
          href={indicatorApi.templateUrl()}
          data-testid="denominator-template"
        >
          下载导入模板
        </Button>
        {canWrite && (
          <Upload
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(f) => {
              void upload(f);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy} data-testid="denominator-import">
              导入 .xlsx
            </Button>
          </Upload>
        )}
      </Space>
      {issues.length > 0 && (
        <Alert
          type="error"
          message={`导入被拒绝：${issues.length} 处错误，未写入任何数据`}
          description={
            <Table<FieldIssue>
              size="small"
              rowKey={(i) => `${i.field}-${i.message}`}
              pagination={issues.length > 10 ? { pageSize: 10 } : false}
              dataSource={issues}
              columns={[
                { title: '位置', dataIndex: 'field', width: 200 },
                { title: '问题', dataIndex: 'message' },
              ]}
              data-testid="denominator-import-errors"
            />
          }
        />
      )}
    </Space>
  );
}
