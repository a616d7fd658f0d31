import type { ComponentType, ReactNode } from 'react';
import { Link, NavLink, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import type { Symposium } from '../../api/types';
import { SelectField } from '../../components/Fields';
import { PageHeading } from '../../components/PageHeading';
import { SignInPrompt } from '../../components/SignInPrompt';
import { Loading, ProblemMessage } from '../../components/Status';
import { browserTimeZone, t, validTimeZone } from '../../i18n/i18n';
import { useSession } from '../../session/Session';
import { hasRole } from '../../session/useOrganiser';

export const organisePath = (symposiumId: string, page = '') =>
  `/organise/symposia/${encodeURIComponent(symposiumId)}${page ? `/${page}` : ''}`;

/** The time zone the symposium happens in (its own, when valid), for showing and typing times. */
export const venueZone = (symposium: Symposium) => validTimeZone(symposium.timeZone) ?? browserTimeZone();

/** For anyone without the organiser role: what these pages are, and where to go instead. */
export function OrganisersOnly() {
  return (
    <div role="alert" className="problem">
      <p>{t('organise.organisersOnly')}</p>
      <p>
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </div>
  );
}

/** Why an organiser page (or a part of it) could not load: sign in, organisers only, not found, or the problem. */
export function OrganiseFailure({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  if (error.unauthenticated) return <SignInPrompt expired={error.sessionExpired} reason={t('organise.signIn')} />;
  if (error.status === 403) return <OrganisersOnly />;
  if (error.status === 404) {
    return (
      <>
        <p>{t('organise.notFound')}</p>
        <p>
          <Link to="/organise">{t('organise.backToSymposia')}</Link>
        </p>
      </>
    );
  }
  return <ProblemMessage error={error} onRetry={onRetry} />;
}

/**
 * Shows its content to organisers only: the signed-in member's roles (from GET /api/v1/members/me)
 * include "organiser". Anyone else gets "organisers only"; the services check the role on every call
 * regardless, and a 403 from one of them shows the same message (OrganiseFailure).
 */
export function OrganiserGate({ children }: { children: ReactNode }) {
  const { session, refresh } = useSession();
  switch (session.status) {
    case 'loading':
      return <Loading label={t('organise.checking')} />;
    case 'anonymous':
      return <SignInPrompt expired={session.expired} reason={t('organise.signIn')} />;
    case 'error':
      return <OrganiseFailure error={session.error} onRetry={refresh} />;
    case 'signedIn':
      return hasRole(session.member, 'organiser') ? <>{children}</> : <OrganisersOnly />;
  }
}

const subNavClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'subnav__link subnav__link--current' : 'subnav__link');

/** The organiser's pages for one symposium; the current one is marked (aria-current="page"). */
export function SymposiumNav({ symposium }: { symposium: Symposium }) {
  const pages = [
    { page: '', label: t('organise.nav.overview') },
    { page: 'registrations', label: t('organise.nav.registrations') },
    { page: 'proposals', label: t('organise.nav.proposals') },
    { page: 'programme', label: t('organise.nav.programme') },
    { page: 'synthesis', label: t('organise.nav.synthesis') },
  ];
  return (
    <nav aria-label={t('organise.nav.label', { title: symposium.title })} className="subnav">
      <p className="subnav__title">
        <Link to="/organise">{t('organise.nav.all')}</Link>
        <span aria-hidden="true"> / </span>
        <strong>{symposium.title}</strong>
      </p>
      <ul>
        {pages.map(({ page, label }) => (
          <li key={page}>
            <NavLink to={organisePath(symposium.id, page)} end className={subNavClass}>
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * An organiser's page of one symposium (/organise/symposia/:id/…): its heading, and its body for
 * organisers only (OrganiserGate), given the symposium's id from the path.
 */
export function OrganiseSymposiumPage({ title, body: Body }: { title: string; body: ComponentType<{ id: string }> }) {
  const { id = '' } = useParams();
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <OrganiserGate>
        <Body id={id} />
      </OrganiserGate>
    </>
  );
}

/** Filters a list by one of the symposium's strands ('' for all of them). */
export function StrandFilter({ id, symposium, value, onChange }: { id: string; symposium: Symposium; value: string; onChange: (strand: string) => void }) {
  return (
    <SelectField
      id={id}
      label={t('organise.registrations.filterStrand')}
      value={value}
      onChange={onChange}
      emptyLabel={t('organise.registrations.allStrands')}
      options={symposium.strands.map((s) => ({ value: s.id, label: s.title }))}
    />
  );
}

/**
 * How many there are of each kind (state, status, principle): a table of two columns, named by its
 * caption (`{id}-caption`), that scrolls on its own on a narrow screen.
 */
export function CountTable({
  id,
  caption,
  heading,
  countHeading = t('organise.counts.number'),
  rows,
}: {
  id: string;
  caption: string;
  /** The first column's heading: what is counted. */
  heading: string;
  countHeading?: string;
  rows: readonly { key: string; label: string; count: number }[];
}) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="data-table">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col" className="numeric">
              {countHeading}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="numeric">{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A whole number typed into a field, or null when it is not one. */
export function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}
