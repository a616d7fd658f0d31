import { useCallback, useEffect, useState } from 'react';
import { ApiError, asApiError } from '../api/client';

export type Resource<T> =
  | { state: 'loading' }
  | { state: 'loaded'; data: T }
  | { state: 'failed'; error: ApiError };

/** Loads something when the page opens (and again on reload()), with loading and error states. */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]) {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setResource({ state: 'loading' });
    load(controller.signal)
      .then((data) => {
        if (!controller.signal.aborted) setResource({ state: 'loaded', data });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setResource({ state: 'failed', error: asApiError(error) });
      });
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { resource, reload, setResource };
}
