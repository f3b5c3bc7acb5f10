import { useEffect, useRef, useState, type ReactNode } from 'react';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useApiError } from '../api/use-api-error.ts';

declare module '@tanstack/react-query' {
  interface Register {
    /** `quiet`: the page shows the failure itself (a 404 result, a hidden card), no toast. */
    queryMeta: { quiet?: boolean };
  }
}

/**
 * The one query cache of the app. A failed read shows the server's message like any other API error,
 * unless the query is `quiet`. No retries and no refetch on window focus: a page reads when it opens
 * and after its own writes (invalidateQueries), as before the cache.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const onError = useApiError();
  const onErrorRef = useRef(onError);
  useEffect(() => {
    onErrorRef.current = onError;
  }, [onError]);
  const [client] = useState(
    () =>
      new QueryClient({
        queryCache: new QueryCache({
          onError: (err, query) => {
            if (!query.meta?.quiet) onErrorRef.current(err);
          },
        }),
        defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
      }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
