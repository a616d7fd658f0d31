import type { ChangeEvent, ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { ApiError } from '../../api/client';
import type { Symposium } from '../../api/types';
import { describedBy, FieldErrors } from '../../components/Fields';
import { SignInPrompt } from '../../components/SignInPrompt';
import { Loading, ProblemMessage } from '../../components/Status';
import { browserTimeZone, t, validTimeZone } from '../../i18n/i18n';
import { useSession } from '../../session/Session';
import { hasRole } from '../../session/useOrganiser';

export const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError({ type: 'about:blank', status: 0 });

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

export type InputType = 'text' | 'number' | 'date' | 'datetime-local' | 'url';

/** A labelled input of any type, with hint and field errors, as the shared fields (Fields.tsx) draw them. */
export function InputField({
  id,
  label,
  hint,
  errors = [],
  required,
  value,
  onChange,
  type = 'text',
  maxLength,
  min,
  max,
  spellCheck,
  compact,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
  type?: InputType;
  maxLength?: number;
  min?: number;
  max?: number;
  spellCheck?: boolean;
  compact?: boolean;
}) {
  return (
    <div className={errors.length ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
        {required ? <span className="field__required"> {t('form.required')}</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={`${id}-error`} label={label} messages={errors} />
      <input
        id={id}
        name={id}
        type={type}
        className={compact ? 'input input--compact' : 'input'}
        required={required}
        aria-invalid={errors.length > 0 ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, errors.length > 0 && `${id}-error`)}
        value={value}
        maxLength={maxLength}
        min={min}
        max={max}
        step={type === 'number' ? 1 : undefined}
        spellCheck={spellCheck}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
      />
    </div>
  );
}

/** A whole number typed into a field, or null when it is not one. */
export function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}
