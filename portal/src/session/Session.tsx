import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, onUnauthenticated } from '../api/client';
import { members } from '../api/endpoints';
import type { Member } from '../api/types';

/** Who is looking at the portal, as far as GET /api/v1/members/me tells. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; expired: boolean }
  /** `member` is null when the profile cannot be shown (erased: a tombstone answers 404). */
  | { status: 'signedIn'; member: Member | null }
  | { status: 'error'; error: ApiError };

interface SessionContextValue {
  session: SessionState;
  refresh: () => void;
  setMember: (member: Member) => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    members
      .me(controller.signal)
      .then(({ data }) => setSession({ status: 'signedIn', member: data }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (!(error instanceof ApiError)) {
          setSession({ status: 'error', error: new ApiError({ type: 'about:blank', status: 0 }) });
        } else if (error.unauthenticated) {
          setSession({ status: 'anonymous', expired: error.sessionExpired });
        } else if (error.status === 404) {
          setSession({ status: 'signedIn', member: null });
        } else {
          setSession({ status: 'error', error });
        }
      });
    return () => controller.abort();
  }, [attempt]);

  // Any API call that meets a 401 means the session is gone: every part of the page follows.
  useEffect(
    () => onUnauthenticated((error) => setSession({ status: 'anonymous', expired: error.sessionExpired })),
    [],
  );

  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  const setMember = useCallback((member: Member) => setSession({ status: 'signedIn', member }), []);
  const value = useMemo(() => ({ session, refresh, setMember }), [session, refresh, setMember]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
}
