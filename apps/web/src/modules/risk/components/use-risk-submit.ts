import { useCallback } from 'react';
import type { FormInstance } from 'antd';
import type { z } from 'zod';
import { useApiError } from '../../../api/use-api-error.ts';
import { invalidInput, validate } from '../../../api/validation.ts';

/**
 * Checks a body with the domain schema the server uses, then sends it; both the client's and the
 * server's 400 details land next to the form's fields. Answers true when saved (ModalForm closes).
 */
export function useRiskSubmit(form: FormInstance) {
  const onError = useApiError();
  return useCallback(
    async <I>(schema: z.ZodType<I>, body: unknown, call: (b: I) => Promise<unknown>): Promise<boolean> => {
      const checked = validate(schema, body);
      if (!checked.ok) {
        onError(invalidInput(checked.issues), form);
        return false;
      }
      try {
        await call(checked.data);
        return true;
      } catch (err) {
        onError(err, form);
        return false;
      }
    },
    [form, onError],
  );
}

export const orNull = (s?: string | null) => (s?.trim() ? s.trim() : undefined);
