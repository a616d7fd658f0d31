import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { notifications } from '../api/endpoints';
import {
  EMAIL_MODES,
  NOTIFICATION_CATEGORIES,
  type NotificationItem,
  type NotificationMode,
  type NotificationPreferences,
} from '../api/types';
import { FormActions } from '../components/FormPanel';
import { PageHeading } from '../components/PageHeading';
import { SignInPrompt } from '../components/SignInPrompt';
import { Loading, ProblemAlert, ProblemMessage, StatusMessage } from '../components/Status';
import { useAction } from '../components/useProblemForm';
import { formatInstant, t, type MessageKey } from '../i18n/i18n';
import { useLiveNotifications } from '../session/LiveNotifications';
import { useResource } from '../session/useResource';

/** Only the portal's own paths become links ("/dialogues/…"), never another site. */
const internalLink = (link: string | null) => (link && /^\/(?!\/)/.test(link) ? link : null);

const categoryName = (category: string) =>
  (NOTIFICATION_CATEGORIES as readonly string[]).includes(category)
    ? t(`notifications.category.${category}` as MessageKey)
    : category;

function Inbox() {
  const live = useLiveNotifications();
  const { resource, reload, setResource } = useResource(async (signal) => (await notifications.list(signal)).data ?? [], []);
  const { busy, error, run } = useAction();
  /** What was last marked read: it stays while a later attempt fails (the failure is its own alert). */
  const [status, setStatus] = useState('');

  // New notifications from the live stream go on top of the list.
  useEffect(
    () =>
      live.subscribe((notification) =>
        setResource((previous) =>
          previous.state === 'loaded' && !previous.data.some((n) => n.id === notification.id)
            ? { state: 'loaded', data: [notification, ...previous.data] }
            : previous,
        ),
      ),
    [live.subscribe, setResource],
  );

  const update = (change: (list: NotificationItem[]) => NotificationItem[]) =>
    setResource((previous) => (previous.state === 'loaded' ? { state: 'loaded', data: change(previous.data) } : previous));

  const markRead = (notification: NotificationItem) =>
    run(async () => {
      await notifications.markRead(notification.id);
      update((list) => list.map((n) => (n.id === notification.id ? { ...n, read: true } : n)));
      live.setUnread((previous) => (previous === null ? null : Math.max(0, previous - 1)));
      setStatus(t('notifications.markedOne', { title: notification.title }));
    });

  const markAll = () =>
    run(async () => {
      await notifications.markAllRead();
      update((list) => list.map((n) => ({ ...n, read: true })));
      live.setUnread(0);
      setStatus(t('notifications.markedAll'));
    });

  let body;
  if (resource.state === 'loading') body = <Loading label={t('notifications.loading')} />;
  else if (resource.state === 'failed')
    body = resource.error.unauthenticated ? (
      <SignInPrompt expired={resource.error.sessionExpired} reason={t('notifications.signIn')} />
    ) : (
      <ProblemMessage error={resource.error} onRetry={reload} />
    );
  else if (resource.data.length === 0) body = <p className="empty">{t('notifications.empty')}</p>;
  else {
    const list = [...resource.data].sort((a, b) => b.seq - a.seq || b.createdAt.localeCompare(a.createdAt));
    const unread = list.filter((n) => !n.read).length;
    body = (
      <>
        <p>{t('notifications.unreadSummary', { count: unread })}</p>
        {unread > 0 ? (
          <div className="actions">
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void markAll()}>
              {t('notifications.markAll')}
            </button>
          </div>
        ) : null}
        <ol className="notifications">
          {list.map((notification) => {
            const link = internalLink(notification.link);
            const titleId = `notification-${notification.id}`;
            return (
              <li key={notification.id} className={notification.read ? 'notification' : 'notification notification--unread'}>
                <p className="notification__title" id={titleId}>
                  {notification.read ? null : <strong className="tag tag--unread">{t('notifications.unread')}</strong>}{' '}
                  {link ? <Link to={link}>{notification.title}</Link> : <strong>{notification.title}</strong>}
                </p>
                {notification.body ? <p>{notification.body}</p> : null}
                <p className="post__meta">
                  {categoryName(notification.category)},{' '}
                  <time dateTime={notification.createdAt}>{formatInstant(notification.createdAt)}</time>
                </p>
                {notification.read ? null : (
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={busy}
                    aria-describedby={titleId}
                    onClick={() => void markRead(notification)}
                  >
                    {t('notifications.markRead')}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      </>
    );
  }

  return (
    <section aria-labelledby="inbox-title" className="panel">
      <h2 id="inbox-title">{t('notifications.inbox')}</h2>
      <ProblemAlert error={error} />
      {body}
      <StatusMessage>{status}</StatusMessage>
    </section>
  );
}

function PreferencesTable({ initial }: { initial: NotificationPreferences }) {
  const [choices, setChoices] = useState<NotificationPreferences>(initial);
  const { busy, error, status, run } = useAction();
  const categories = [
    ...NOTIFICATION_CATEGORIES.filter((c) => c in initial),
    ...Object.keys(initial).filter((c) => !(NOTIFICATION_CATEGORIES as readonly string[]).includes(c)),
  ];
  const choose = (category: string, channel: 'IN_APP' | 'EMAIL', mode: NotificationMode) =>
    setChoices((previous) => ({ ...previous, [category]: { ...previous[category], [channel]: mode } }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await run(
      async () => {
        const { data } = await notifications.changePreferences(choices);
        if (data) setChoices(data);
        return t('preferences.saved');
      },
      { pending: t('preferences.saving') },
    );
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ProblemAlert error={error} />
      <div className="table-scroll" role="region" aria-labelledby="preferences-caption" tabIndex={0}>
        <table className="preferences">
          <caption id="preferences-caption">{t('preferences.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" id="preferences-category">
                {t('preferences.category')}
              </th>
              <th scope="col" id="preferences-in-app">
                {t('preferences.inApp')}
              </th>
              <th scope="col" id="preferences-email">
                {t('preferences.email')}
              </th>
            </tr>
          </thead>
          <tbody>
            {categories.map((category) => {
              const rowId = `preferences-row-${category}`;
              const inApp = choices[category]?.IN_APP ?? 'INSTANT';
              const email = choices[category]?.EMAIL ?? 'OFF';
              return (
                <tr key={category}>
                  <th scope="row" id={rowId}>
                    {categoryName(category)}
                  </th>
                  <td>
                    <input
                      type="checkbox"
                      className="checkbox"
                      id={`preferences-${category}-in-app`}
                      aria-labelledby={`preferences-in-app ${rowId}`}
                      checked={inApp !== 'OFF'}
                      onChange={(e) => choose(category, 'IN_APP', e.target.checked ? 'INSTANT' : 'OFF')}
                    />
                  </td>
                  <td>
                    <select
                      className="input input--compact"
                      id={`preferences-${category}-email`}
                      aria-labelledby={`preferences-email ${rowId}`}
                      value={email}
                      onChange={(e) => choose(category, 'EMAIL', e.target.value as NotificationMode)}
                    >
                      {EMAIL_MODES.map((mode) => (
                        <option key={mode} value={mode}>
                          {t(`preferences.mode.${mode}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <FormActions busy={busy} submit={t('preferences.save')} />
      <StatusMessage>{status}</StatusMessage>
    </form>
  );
}

function Preferences() {
  const { resource, reload } = useResource(async (signal) => (await notifications.preferences(signal)).data ?? {}, []);
  let body;
  if (resource.state === 'loading') body = <Loading label={t('preferences.loading')} />;
  else if (resource.state === 'failed')
    body = resource.error.unauthenticated ? null : <ProblemMessage error={resource.error} onRetry={reload} />;
  else if (Object.keys(resource.data).length === 0) body = <p className="empty">{t('preferences.empty')}</p>;
  else body = <PreferencesTable initial={resource.data} />;
  return (
    <section aria-labelledby="preferences-title" className="panel">
      <h2 id="preferences-title">{t('preferences.title')}</h2>
      <p>{t('preferences.intro')}</p>
      {body}
    </section>
  );
}

export function Notifications() {
  return (
    <>
      <PageHeading title={t('notifications.title')}>{t('notifications.title')}</PageHeading>
      <Inbox />
      <Preferences />
    </>
  );
}
