import { Result } from 'antd';
import { useAuth } from '../../../app/auth.tsx';
import EnterpriseDetailPage from './EnterpriseDetailPage.tsx';

/** 本企业: an enterprise account lands on its own record. */
export default function MyEnterprisePage() {
  const { me } = useAuth();
  const id = me?.user.enterpriseId;
  if (!id) return <Result status="warning" title="账号未关联企业" subTitle="请联系管理员为账号关联企业" />;
  return <EnterpriseDetailPage ownId={id} />;
}
