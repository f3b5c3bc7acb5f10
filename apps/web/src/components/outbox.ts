import { useCallback, useEffect, useRef, useState } from 'react';
import { api, isApiError } from '../api/client.ts';

/**
 * Submissions made without network (issue 11 item 3), kept in localStorage per user with the
 * Idempotency-Key their first try carried, and sent once when the network returns: the server answers a
 * repeat of the key with the first answer, so a submission that did reach it is never created twice.
 * Shown as 待发送 until sent; one the server refuses (a 4xx) stays, with the reason, for the user to redo.
 */
export interface OutboxItem {
  key: string;
  path: string;
  body: unknown;
  label: string;
  queuedAt: string;
  error?: string;
}

const storeKey = (userId: string) => `anjian.outbox.${userId}`;
const EVENT = 'anjian-outbox';

export function outboxItems(userId: string): OutboxItem[] {
  try {
    return JSON.parse(localStorage.getItem(storeKey(userId)) ?? '[]') as OutboxItem[];
  } catch {
    return [];
  }
}

function save(userId: string, items: OutboxItem[]) {
  if (items.length) localStorage.setItem(storeKey(userId), JSON.stringify(items));
  else localStorage.removeItem(storeKey(userId));
  window.dispatchEvent(new Event(EVENT));
}

export function enqueue(userId: string, item: Omit<OutboxItem, 'queuedAt'>): void {
  const items = outboxItems(userId).filter((i) => i.key !== item.key);
  save(userId, [...items, { ...item, queuedAt: new Date().toISOString() }]);
}

export const isOffline = (err: unknown) =>
  (isApiError(err) && err.code === 'NETWORK') || (typeof navigator !== 'undefined' && !navigator.onLine);

let flushing = false;
/** Sends what is waiting, in order; stops at the first network failure. Returns how many were sent. */
export async function flushOutbox(userId: string): Promise<number> {
  if (flushing) return 0;
  flushing = true;
  let sent = 0;
  try {
    for (const item of outboxItems(userId)) {
      if (item.error) continue;
      try {
        await api.post(item.path, item.body, { idempotencyKey: item.key, noRedirect: true });
        save(
          userId,
          outboxItems(userId).filter((i) => i.key !== item.key),
        );
        sent++;
      } catch (err) {
        if (isApiError(err) && (err.code === 'NETWORK' || err.status === 401 || err.status >= 500)) break;
        const message = isApiError(err) ? err.message : '发送失败';
        save(
          userId,
          outboxItems(userId).map((i) => (i.key === item.key ? { ...i, error: message } : i)),
        );
      }
    }
  } finally {
    flushing = false;
  }
  return sent;
}

/** The user's waiting submissions, flushed when the network returns (and every 30 s while any wait). */
export function useOutbox(userId: string | undefined, onSent?: (n: number) => void) {
  const [items, setItems] = useState<OutboxItem[]>(() => (userId ? outboxItems(userId) : []));
  // The callback is read through a ref: an inline arrow (a new one every render) must not re-run the
  // effect below, whose refresh sets state — that loop was React error #185.
  const sentRef = useRef(onSent);
  sentRef.current = onSent;
  const flush = useCallback(async () => {
    if (!userId) return;
    const n = await flushOutbox(userId);
    if (n) sentRef.current?.(n);
  }, [userId]);
  useEffect(() => {
    if (!userId) return;
    const refresh = () => setItems(outboxItems(userId));
    refresh();
    const online = () => void flush();
    window.addEventListener(EVENT, refresh);
    window.addEventListener('storage', refresh);
    window.addEventListener('online', online);
    const timer = window.setInterval(() => {
      if (navigator.onLine && outboxItems(userId).some((i) => !i.error)) void flush();
    }, 30_000);
    if (navigator.onLine) void flush();
    return () => {
      window.removeEventListener(EVENT, refresh);
      window.removeEventListener('storage', refresh);
      window.removeEventListener('online', online);
      window.clearInterval(timer);
    };
  }, [userId, flush]);
  const discard = (key: string) =>
    userId &&
    save(
      userId,
      outboxItems(userId).filter((i) => i.key !== key),
    );
  return { items, flush, discard };
}
