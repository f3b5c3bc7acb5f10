import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormInstance } from 'antd';

/**
 * Local drafts of long forms (issue 11 item 3): what the user typed is kept in localStorage per user and
 * form, so it survives a reload, a forced re-login (the session expired) and a lost network; a successful
 * submission clears it. Only the form's values are kept (never a token).
 */
const prefix = 'anjian.draft.';
export const draftKey = (userId: string, form: string) => `${prefix}${userId}.${form}`;

export function readDraft<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as { values: T }).values : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, values: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), values }));
  } catch {
    // storage full or disabled: the form still works, without a draft
  }
}

export const clearDraft = (key: string) => localStorage.removeItem(key);

/**
 * Keeps `form`'s values as a draft under (user, name): restores it once on mount, saves on every change
 * (`onValuesChange` goes on the Form), `clear` after a successful submission. `restored` tells the page to
 * say so.
 */
export function useDraft<T extends object>(form: FormInstance<T>, userId: string | undefined, name: string) {
  const key = userId ? draftKey(userId, name) : null;
  const [restored, setRestored] = useState(false);
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!key || done.current === key) return;
    done.current = key;
    const draft = readDraft<T>(key);
    if (draft) {
      form.setFieldsValue(draft as Parameters<typeof form.setFieldsValue>[0]);
      setRestored(true);
    }
  }, [key, form]);
  const onValuesChange = useCallback(
    (_changed: unknown, all: T) => {
      if (key) writeDraft(key, all);
    },
    [key],
  );
  const clear = useCallback(() => {
    if (key) clearDraft(key);
    setRestored(false);
  }, [key]);
  return { onValuesChange, clear, restored };
}
