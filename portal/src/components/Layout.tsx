import { Suspense, useRef, type FormEvent } from 'react';
import { NavLink, Outlet } from 'react-router';
import { readCookie, SIGN_IN_URL, SIGN_OUT_URL, XSRF_COOKIE, xsrfToken } from '../api/client';
import { t } from '../i18n/i18n';
import { LiveNotificationsProvider, useOptionalLiveNotifications } from '../session/LiveNotifications';
import { useSession } from '../session/Session';
import { useIsOrganiser } from '../session/useOrganiser';
import { NotificationBell } from './NotificationBell';
import { Loading } from './Status';

/** A real form POST to /logout carrying the CSRF token, as the gateway's logout expects. */
export function SignOutForm() {
  const csrf = useRef<HTMLInputElement>(null);
  const live = useOptionalLiveNotifications();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    live?.close(); // the live notifications stream ends with the session
    const token = readCookie(XSRF_COOKIE);
    if (token) {
      csrf.current!.value = token; // read at the moment of sending: the cookie may have changed
      return;
    }
    event.preventDefault();
    void xsrfToken().then((fresh) => {
      csrf.current!.value = fresh ?? '';
      form.submit();
    });
  };
  return (
    <form method="post" action={SIGN_OUT_URL} onSubmit={onSubmit} className="sign-out">
      <input ref={csrf} type="hidden" name="_csrf" defaultValue="" />
      <button type="submit" className="button button--quiet">
        {t('auth.signOut')}
      </button>
    </form>
  );
}

function Who() {
  const { session } = useSession();
  switch (session.status) {
    case 'loading':
      return <span className="who">{t('auth.checking')}</span>;
    case 'signedIn':
      return (
        <>
          {session.member ? <NotificationBell /> : null}
          <span className="who">
            {session.member?.displayName
              ? t('auth.signedInAs', { name: session.member.displayName })
              : t('auth.signedIn')}
          </span>
          <SignOutForm />
        </>
      );
    case 'anonymous':
    case 'error':
      return (
        <a className="button button--quiet" href={SIGN_IN_URL}>
          {t('auth.signIn')}
        </a>
      );
  }
}

const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'nav-link nav-link--current' : 'nav-link');

export function Layout() {
  const organiser = useIsOrganiser();
  return (
    <LiveNotificationsProvider>
      <div className="layout">
        <a className="skip-link" href="#main">
          {t('layout.skipToContent')}
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <p className="site-name">
              <NavLink to="/" className="site-name__link">
                {t('network.name')}
              </NavLink>
            </p>
            <nav aria-label={t('nav.label')} className="site-nav">
              <ul>
                <li>
                  <NavLink to="/" end className={navClass}>
                    {t('nav.home')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/register" className={navClass}>
                    {t('nav.register')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/programme" className={navClass}>
                    {t('nav.programme')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/agenda" className={navClass}>
                    {t('nav.agenda')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/artefacts" className={navClass}>
                    {t('nav.artefacts')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/profile" className={navClass}>
                    {t('nav.profile')}
                  </NavLink>
                </li>
                {organiser ? (
                  <li>
                    <NavLink to="/organise" className={navClass}>
                      {t('nav.organise')}
                    </NavLink>
                  </li>
                ) : null}
              </ul>
            </nav>
            <div className="account" aria-label={t('layout.account')} role="group">
              <Who />
            </div>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="site-main">
          {/* Pages other than the home page load on first use (routes.tsx): the loading state meanwhile. */}
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
        <footer className="site-footer">
          <p>{t('layout.footer')}</p>
        </footer>
      </div>
    </LiveNotificationsProvider>
  );
}
