import dayjs from 'dayjs';

/** A time in the viewer's clock, to the minute; '—' when absent. */
export const fmtTime = (v: string | null | undefined) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—');
/** A date; '—' when absent. */
export const fmtDate = (v: string | null | undefined) => (v ? dayjs(v).format('YYYY-MM-DD') : '—');
