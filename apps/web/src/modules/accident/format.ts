import dayjs from 'dayjs';

/** Display helpers of the accident pages (times in the viewer's clock, money in 万元). */
export const fmtTime = (v: string | null | undefined) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—');
export const fmtDate = (v: string | null | undefined) => (v ? dayjs(v).format('YYYY-MM-DD') : '—');
export const fmtLoss = (v: number) => `${v.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`;
