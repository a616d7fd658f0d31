import type { ReactNode } from 'react';
import { Link, Navigate } from 'react-router';
import { ApiError } from '../api/client';
import { currentSymposium, symposia } from '../api/endpoints';
import { t } from '../i18n/i18n';
import { useResource, type Resource } from '../session/useResource';
import { PageHeading } from './PageHeading';
import { SignInPrompt } from './SignInPrompt';
import { Loading, ProblemMessage, StatusMessage } from './Status';

/**
 * Why a member's page could not load: sign in (saying what for), `notFound` with the way `back`
 * (pages that say so for a 404), else the problem with "Try again".
 */
interface FailureTexts {
  /** Why to sign in: what the page is for. */
  signIn: string;
  notFound?: string;
  back?: { to: string; label: string };
}

export function PageFailure({ error, onRetry, signIn, notFound, back }: FailureTexts & { error: ApiError; onRetry: () => void }) {
  if (error.unauthenticated) return <SignInPrompt expired={error.sessionExpired} reason={signIn} />;
  if (notFound !== undefined && error.status === 404) {
    return (
      <>
        <p>{notFound}</p>
        {back ? (
          <p>
            <Link to={back.to}>{back.label}</Link>
          </p>
        ) : null}
      </>
    );
  }
  return <ProblemMessage error={error} onRetry={onRetry} />;
}

/**
 * A page of the current symposium without its id (/register, /programme, /artefacts): goes to that
 * page of the current symposium (`/symposia/{id}/{page}`), or says there is none, or why it cannot tell.
 */
export function CurrentSymposiumPage({
  page,
  title,
  loading,
  signIn,
}: {
  page: 'register' | 'programme' | 'artefacts';
  title: string;
  loading: string;
  signIn: string;
}) {
  const { resource, reload } = useResource(async (signal) => currentSymposium((await symposia.list(signal)).data ?? []), []);
  if (resource.state === 'loaded' && resource.data) {
    return <Navigate replace to={`/symposia/${encodeURIComponent(resource.data.id)}/${page}`} />;
  }
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {resource.state === 'loading' ? <Loading label={loading} /> : null}
      {resource.state === 'loaded' ? <p>{t('home.noSymposium')}</p> : null}
      {resource.state === 'failed' ? <PageFailure error={resource.error} onRetry={reload} signIn={signIn} /> : null}
    </>
  );
}

/**
 * A member's page of what it loads (useResource): the page's heading, its status line when it has
 * one (`status`, always in the page so that changes are announced), then the loading state, why it
 * could not load (PageFailure), or what it shows of the loaded data (`children`).
 */
export function ResourcePage<T>({
  title,
  status,
  resource,
  reload,
  loading,
  children,
  ...failure
}: FailureTexts & {
  title: string;
  status?: string;
  resource: Resource<T>;
  reload: () => void;
  loading: string;
  children: (data: T) => ReactNode;
}) {
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {status === undefined ? null : <StatusMessage>{status}</StatusMessage>}
      {resource.state === 'loading' ? <Loading label={loading} /> : null}
      {resource.state === 'failed' ? <PageFailure error={resource.error} onRetry={reload} {...failure} /> : null}
      {resource.state === 'loaded' ? children(resource.data) : null}
    </>
  );
}
