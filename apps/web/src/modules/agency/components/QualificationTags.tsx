import { Tag } from 'antd';
import type { Qualification } from '../agency.api.ts';

/** A qualification's expiry: red when lapsed, orange when it lapses soon. */
export function ExpiryTag({ q }: { q: Pick<Qualification, 'expiresOn' | 'expired' | 'expiringSoon'> }) {
  if (q.expired) return <Tag color="red">{q.expiresOn} 已过期</Tag>;
  if (q.expiringSoon) return <Tag color="orange">{q.expiresOn} 即将到期</Tag>;
  return <Tag color="green">{q.expiresOn}</Tag>;
}
