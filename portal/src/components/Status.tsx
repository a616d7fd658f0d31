import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { t } from '../i18n/i18n';

/** A polite live region that is always in the page, so changes to it are announced. */
export function StatusMessage({ children, id }: { children?: ReactNode; id?: string }) {
  return (
    <div role="status" id={id} className={children ? 'status status--shown' : 'status'}>
      {children}
    </div>
  );
}

export function Loading({ label }: { label?: string }) {
  return (
    <p role="status" className="loading">
      {label ?? t('common.loading')}
    </p>
  );
}

/** What to tell a person about a failed call: the service's detail where it explains a rule, our words otherwise. */
export function problemText(error: ApiError): string {
  if (error.network) return t('error.network');
  switch (error.status) {
    case 401:
      return error.sessionExpired ? t('auth.sessionExpired') : t('auth.signedOut');
    case 403:
      return t('error.forbidden');
    case 404:
      return t('error.notFound');
    case 413:
      return t('error.tooLarge');
    case 429:
      return t('error.tooManyRequests');
    case 502:
    case 503:
    case 504:
      return t('error.unavailable');
    default:
      if (error.status >= 500) return t('error.server');
      return error.problem.detail ?? t('error.generic');
  }
}

/**
 * Why the service refused something a person asked for (joining a full dialogue, proposing outside
 * their strands): the service's own detail for a refusal (403, 409, 422), our words otherwise.
 */
export function problemReason(error: ApiError): string {
  const refusal = error.status === 403 || error.status === 409 || error.status === 422;
  return refusal && error.problem.detail ? error.problem.detail : problemText(error);
}

/** An error that stops the page or a section; offers "Try again" when given a retry. */
export function ProblemMessage({ error, onRetry, id }: { error: ApiError; onRetry?: () => void; id?: string }) {
  return (
    <div role="alert" className="problem" id={id}>
      <p>{problemText(error)}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      ) : null}
    </div>
  );
}

/**
 * What went wrong with something the person just did (a form's send, a button's action): the
 * service's reason (`text` words it otherwise), then `children` (a way on). Nothing without an error.
 */
export function ProblemAlert({
  error,
  text = problemReason,
  children,
}: {
  error: ApiError | null;
  text?: (error: ApiError) => string;
  children?: ReactNode;
}) {
  if (!error) return null;
  return (
    <div role="alert" className="problem">
      <p>{text(error)}</p>
      {children}
    </div>
  );
}

/**
 * A failed save of an edit sent with If-Match: on 412 (someone changed it meanwhile) `stale`, with a
 * button to `reload` it when the page can; any other failure as `text` words it.
 */
export function SaveProblem({
  error,
  stale,
  reload,
  onReload,
  text = problemReason,
}: {
  error: ApiError | null;
  stale: string;
  reload: string;
  onReload?: () => void;
  text?: (error: ApiError) => string;
}) {
  return (
    <ProblemAlert error={error} text={(failure) => (failure.status === 412 ? stale : text(failure))}>
      {error?.status === 412 && onReload ? (
        <button type="button" className="button button--secondary" onClick={onReload}>
          {reload}
        </button>
      ) : null}
    </ProblemAlert>
  );
}
