import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { isApiError } from './client.ts';
import { applyServerErrors } from './form-errors.ts';

/**
 * Shows an API failure: field issues go next to the form's fields, everything else (and the server's
 * Chinese message) into a message toast. Navigation errors (401, pending account) are handled by the client.
 */
export function useApiError() {
  const { message } = App.useApp();
  return useCallback(
    (err: unknown, form?: FormInstance) => {
      if (err instanceof DOMException && err.name === 'AbortError') return;
      if (!isApiError(err)) {
        console.error(err);
        void message.error('操作失败');
        return;
      }
      if (err.code === 'AUTH_REQUIRED' || err.code === 'AUTH_SESSION_EXPIRED') return;
      const { applied, unmatched } = applyServerErrors(form, err);
      const extra = unmatched.map((i) => i.message).join('；');
      if (applied && !extra) void message.error(err.message);
      else void message.error(extra ? `${err.message}：${extra}` : err.message);
    },
    [message],
  );
}
