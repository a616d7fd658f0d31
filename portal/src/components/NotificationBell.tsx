import { Link } from 'react-router';
import { t } from '../i18n/i18n';
import { useLiveNotifications } from '../session/LiveNotifications';

/** The header's link to /notifications; its name says how many are unread, and new ones are announced. */
export function NotificationBell() {
  const { unread, latest } = useLiveNotifications();
  const count = unread ?? 0;
  return (
    <>
      <Link to="/notifications" className="bell" aria-label={t('bell.label', { count })}>
        <svg className="bell__icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {count > 0 ? (
          <span className="bell__count" aria-hidden="true">
            {count > 99 ? t('bell.many') : count}
          </span>
        ) : null}
      </Link>
      <p role="status" className="visually-hidden">
        {latest && !latest.read ? t('bell.arrived', { title: latest.title }) : ''}
      </p>
    </>
  );
}
