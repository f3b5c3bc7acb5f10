/** Money of the accident pages, in 万元. */
export const fmtLoss = (v: number) => `${v.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`;
