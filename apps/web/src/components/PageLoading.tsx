import { Spin } from 'antd';

export function PageLoading() {
  return (
    <div style={{ padding: 80, textAlign: 'center' }} role="status" aria-label="加载中">
      <Spin size="large" />
    </div>
  );
}
