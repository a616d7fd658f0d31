import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { notifications } from '../api/endpoints';
import type { NotificationItem } from '../api/types';
import { useSession } from './Session';

type Listener = (notification: NotificationItem) => void;

interface LiveNotificationsValue {
  /** Unread notifications; null while unknown (not signed in, or the count could not be read). */
  unread: number | null;
  /** The newest notification that arrived over the stream, for announcing it. */
  latest: NotificationItem | null;
  setUnread: (update: number | ((previous: number | null) => number | null)) => void;
  /** Hears each new notification from the stream; returns the unsubscribe. */
  subscribe: (listener: Listener) => () => void;
  /** Closes the stream (signing out). */
  close: () => void;
}

const LiveNotificationsContext = createContext<LiveNotificationsValue | null>(null);

/** Parses one "notification" event; anything unreadable is ignored. */
export function parseNotification(data: unknown): NotificationItem | null {
  if (typeof data !== 'string') return null;
  try {
    const value = JSON.parse(data) as NotificationItem;
    return typeof value === 'object' && value !== null && typeof value.id === 'string' ? value : null;
  } catch {
    return null;
  }
}

/**
 * The unread count and the live stream (Server-Sent Events through the gateway, same origin, so the
 * session cookie goes along). EventSource reconnects by itself, resuming with Last-Event-ID; the
 * stream is closed when the member is no longer signed in, on sign-out, and when the portal unmounts.
 */
export function LiveNotificationsProvider({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const [unread, setUnread] = useState<number | null>(null);
  const [latest, setLatest] = useState<NotificationItem | null>(null);
  const listeners = useRef(new Set<Listener>());
  const source = useRef<EventSource | null>(null);
  const signedIn = session.status === 'signedIn' && session.member !== null;

  useEffect(() => {
    if (!signedIn) {
      setUnread(null);
      return;
    }
    const controller = new AbortController();
    const readCount = () =>
      notifications
        .unreadCount(controller.signal)
        .then(({ data }) => {
          if (!controller.signal.aborted && typeof data?.unread === 'number') setUnread(data.unread);
        })
        .catch(() => undefined); // the bell then shows no count; the rest of the page is unaffected
    void readCount();

    if (typeof EventSource === 'undefined') return () => controller.abort();
    const seen = new Set<string>();
    const stream = new EventSource(notifications.streamPath);
    source.current = stream;
    // After the stream dropped (notification-service restarted, the network blinked), what arrived
    // meanwhile is not replayed when no event had been received yet: read the count again.
    let dropped = false;
    stream.addEventListener('error', () => {
      dropped = true;
    });
    stream.addEventListener('open', () => {
      if (dropped) {
        dropped = false;
        void readCount();
      }
    });
    stream.addEventListener('notification', (event) => {
      const notification = parseNotification((event as MessageEvent).data);
      // The stream may send one again after a reconnect: an id already had is dropped.
      if (!notification || seen.has(notification.id)) return;
      seen.add(notification.id);
      if (!notification.read) setUnread((previous) => (previous ?? 0) + 1);
      setLatest(notification);
      listeners.current.forEach((listener) => listener(notification));
    });
    return () => {
      controller.abort();
      stream.close();
      if (source.current === stream) source.current = null;
    };
  }, [signedIn]);

  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);
  const close = useCallback(() => {
    source.current?.close();
    source.current = null;
  }, []);
  const value = useMemo(() => ({ unread, latest, setUnread, subscribe, close }), [unread, latest, subscribe, close]);
  return <LiveNotificationsContext.Provider value={value}>{children}</LiveNotificationsContext.Provider>;
}

export function useLiveNotifications(): LiveNotificationsValue {
  const value = useContext(LiveNotificationsContext);
  if (!value) throw new Error('useLiveNotifications needs a LiveNotificationsProvider');
  return value;
}

/** The same, or null outside a provider (components rendered on their own in tests). */
export function useOptionalLiveNotifications(): LiveNotificationsValue | null {
  return useContext(LiveNotificationsContext);
}
