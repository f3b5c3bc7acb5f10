import { useCallback, useRef, useState } from 'react';
import { newIdempotencyKey, submitOnce } from '../api/client.ts';

/**
 * One form submission at a time, under one Idempotency-Key (issue 11): while it is in flight `submitting`
 * is true (the button shows it and refuses a second tap) and a second call is ignored; the key is kept
 * until a submission succeeds, so resending after a lost answer returns the first answer, and a new one
 * starts with the next submission.
 */
export function useSubmission() {
  const key = useRef(newIdempotencyKey());
  const inFlight = useRef(false);
  const [submitting, setSubmitting] = useState(false);
  const run = useCallback(async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setSubmitting(true);
    try {
      const result = await submitOnce(key.current, fn);
      key.current = newIdempotencyKey();
      return result;
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }, []);
  /** The key of the submission in hand (kept after a failure); `renew` starts a new one. */
  const currentKey = useCallback(() => key.current, []);
  const renew = useCallback(() => {
    key.current = newIdempotencyKey();
  }, []);
  return { run, submitting, currentKey, renew };
}
