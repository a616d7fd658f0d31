import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { ApiError, messagesFor } from '../api/client';
import { currentSymposium, registrations, symposia } from '../api/endpoints';
import { ACTIVE_STATES, type Figures, type Registration, type Symposium } from '../api/types';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextArea } from '../components/Fields';
import { PageHeading } from '../components/PageHeading';
import { SignInPrompt } from '../components/SignInPrompt';
import { StrandPicker } from '../components/StrandPicker';
import { Loading, ProblemMessage, StatusMessage } from '../components/Status';
import { formatDate, formatInstant, t } from '../i18n/i18n';
import { useResource } from '../session/useResource';

const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError({ type: 'about:blank', status: 0 });

/** Places left in each capped strand, as the seat ledger counts them (offered seats are held). */
export function strandPlacesLeft(symposium: Symposium, figures: Figures | null): Record<string, number> | undefined {
  if (!figures) return undefined;
  const left: Record<string, number> = {};
  for (const strand of symposium.strands) {
    const places = figures.placesLeft[strand.id];
    if (strand.cap != null && places != null) left[strand.id] = places;
  }
  return left;
}

export function registrationOpen(symposium: Symposium, now: Date = new Date()): boolean {
  if (symposium.status !== 'PUBLISHED') return false;
  if (symposium.registrationOpensAt && now < new Date(symposium.registrationOpensAt)) return false;
  if (symposium.registrationClosesAt && now >= new Date(symposium.registrationClosesAt)) return false;
  return true;
}

function RegistrationForm({
  symposium,
  placesLeft,
  again,
  onRegistered,
}: {
  symposium: Symposium;
  placesLeft: Record<string, number> | undefined;
  again: boolean;
  onRegistered: (registration: Registration) => void;
}) {
  const [strands, setStrands] = useState<string[]>([]);
  const [access, setAccess] = useState('');
  const [dietary, setDietary] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  /** Counts the submits: the error summary takes the focus once for each one that produced errors. */
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setError(null);
    if (strands.length === 0) {
      setFieldErrors({ strands: [t('register.chooseOne')] });
      return;
    }
    setFieldErrors({});
    setBusy(true);
    setStatus(t('register.submitting'));
    try {
      const needs = access.trim() || dietary.trim() ? { access: access.trim() || null, dietary: dietary.trim() || null } : null;
      const { data } = await registrations.register(symposium.id, { strands, needs });
      setStatus('');
      onRegistered(data);
    } catch (caught) {
      setStatus('');
      const failure = asApiError(caught);
      if (Object.keys(failure.fieldErrors).length > 0) setFieldErrors(failure.fieldErrors);
      else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const strandErrors = messagesFor(fieldErrors, 'strands');
  const accessErrors = messagesFor(fieldErrors, 'needs.access');
  const dietaryErrors = messagesFor(fieldErrors, 'needs.dietary');
  const summary = [
    ...strandErrors.map((message) => ({
      target: `register-strands-${symposium.strands[0]?.id ?? ''}`,
      text: t('form.fieldError', { label: t('strands.legend'), message }),
    })),
    ...accessErrors.map((message) => ({ target: 'register-access', text: t('form.fieldError', { label: t('register.access'), message }) })),
    ...dietaryErrors.map((message) => ({ target: 'register-dietary', text: t('form.fieldError', { label: t('register.dietary'), message }) })),
  ];

  return (
    <section aria-labelledby="register-form-title" className="panel">
      <h2 id="register-form-title">{again ? t('register.formTitleAgain') : t('register.formTitle')}</h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary id="register-errors" items={summary} attempt={attempt} />
        {error ? <ProblemMessage error={error} /> : null}
        <StrandPicker
          idPrefix="register-strands"
          strands={symposium.strands}
          max={symposium.maxStrandsPerParticipant}
          selected={strands}
          onChange={setStrands}
          placesLeft={placesLeft}
          errors={strandErrors}
        />
        <fieldset className="fieldset">
          <legend>{t('register.needs')}</legend>
          <p className="field__hint">{t('register.needsHint')}</p>
          <TextArea id="register-access" label={t('register.access')} value={access} onChange={setAccess} maxLength={1000} rows={3} errors={accessErrors} />
          <TextArea id="register-dietary" label={t('register.dietary')} value={dietary} onChange={setDietary} maxLength={1000} rows={3} errors={dietaryErrors} />
        </fieldset>
        {symposium.approvalMode === 'MODERATED' ? <p>{t('register.moderated')}</p> : null}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t('register.submit')}
          </button>
        </div>
        <StatusMessage>{status}</StatusMessage>
      </form>
    </section>
  );
}

function stateText(registration: Registration): string {
  switch (registration.state) {
    case 'WAITLISTED':
      return registration.waitlistPosition != null
        ? t('registration.text.WAITLISTED', { position: registration.waitlistPosition })
        : t('registration.text.WAITLISTED_NO_POSITION');
    case 'OFFERED':
      return registration.offerExpiresAt
        ? t('registration.text.OFFERED', { deadline: formatInstant(registration.offerExpiresAt) })
        : t('registration.text.OFFERED_NO_DEADLINE');
    default:
      return t(`registration.text.${registration.state}`);
  }
}

function MyRegistration({
  symposium,
  registration,
  placesLeft,
  onChanged,
  focusOnMount,
}: {
  symposium: Symposium;
  registration: Registration;
  placesLeft: Record<string, number> | undefined;
  onChanged: (registration: Registration, message: string) => void;
  focusOnMount: boolean;
}) {
  const [mode, setMode] = useState<'view' | 'changing' | 'cancelling'>('view');
  const [choice, setChoice] = useState<string[]>(registration.strands);
  const [strandErrors, setStrandErrors] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const active = ACTIVE_STATES.includes(registration.state);
  const titleOf = (id: string) => symposium.strands.find((s) => s.id === id)?.title ?? id;

  useEffect(() => {
    if (mode !== 'view') heading.current?.focus();
  }, [mode]);
  useEffect(() => {
    // After registering, cancelling or changing, the controls that had the focus are gone.
    if (focusOnMount) title.current?.focus();
  }, [focusOnMount]);

  const run = async (action: () => Promise<{ data: Registration }>, message: string) => {
    setBusy(true);
    setError(null);
    setStrandErrors([]);
    try {
      const { data } = await action();
      setMode('view');
      onChanged(data, message);
    } catch (caught) {
      const failure = asApiError(caught);
      const fields = messagesFor(failure.fieldErrors, 'strands');
      if (fields.length > 0) setStrandErrors(fields);
      else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const onSaveStrands = (event: FormEvent) => {
    event.preventDefault();
    if (choice.length === 0) {
      setStrandErrors([t('register.chooseOne')]);
      return;
    }
    void run(() => registrations.changeStrands(registration.id, choice), t('registration.strandsChanged'));
  };

  return (
    <section aria-labelledby="my-registration" className="panel">
      <h2 id="my-registration" ref={title} tabIndex={-1}>
        {t('registration.title')}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('registration.state')}</dt>
          <dd>
            <strong className={`state state--${registration.state.toLowerCase()}`}>
              {t(`registration.state.${registration.state}`)}
            </strong>
          </dd>
        </div>
        <div>
          <dt>{t('registration.strands')}</dt>
          <dd>{registration.strands.map(titleOf).join('; ') || t('registration.noStrands')}</dd>
        </div>
        {registration.submittedAt ? (
          <div>
            <dt>{t('registration.submittedAt')}</dt>
            <dd>{formatInstant(registration.submittedAt)}</dd>
          </div>
        ) : null}
        {registration.needs?.access ? (
          <div>
            <dt>{t('register.access')}</dt>
            <dd>{registration.needs.access}</dd>
          </div>
        ) : null}
        {registration.needs?.dietary ? (
          <div>
            <dt>{t('register.dietary')}</dt>
            <dd>{registration.needs.dietary}</dd>
          </div>
        ) : null}
      </dl>
      <p>{stateText(registration)}</p>
      {registration.state === 'CONFIRMED' ? (
        <p>
          <Link to={`/symposia/${encodeURIComponent(symposium.id)}/propose`}>{t('registration.proposeLink')}</Link>
        </p>
      ) : null}
      {error ? <ProblemMessage error={error} /> : null}

      {active && mode === 'view' ? (
        <div className="actions">
          {registration.state === 'OFFERED' ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void run(() => registrations.accept(registration.id), t('registration.accepted'))}
            >
              {t('registration.accept')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => {
              setChoice(registration.strands);
              setMode('changing');
            }}
          >
            {t('registration.changeStrands')}
          </button>
          <button type="button" className="button button--danger" disabled={busy} onClick={() => setMode('cancelling')}>
            {t('registration.cancel')}
          </button>
        </div>
      ) : null}

      {mode === 'changing' ? (
        <form className="form" noValidate onSubmit={onSaveStrands} aria-labelledby="change-strands-title">
          <h3 id="change-strands-title" ref={heading} tabIndex={-1}>
            {t('registration.changeStrandsTitle')}
          </h3>
          <StrandPicker
            idPrefix="change-strands"
            strands={symposium.strands}
            max={symposium.maxStrandsPerParticipant}
            selected={choice}
            onChange={setChoice}
            placesLeft={placesLeft}
            errors={strandErrors}
          />
          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {t('registration.saveStrands')}
            </button>
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => setMode('view')}>
              {t('registration.keepStrands')}
            </button>
          </div>
        </form>
      ) : null}

      {mode === 'cancelling' ? (
        <div className="confirm" role="group" aria-labelledby="cancel-title">
          <h3 id="cancel-title" ref={heading} tabIndex={-1}>
            {t('registration.cancelConfirmTitle')}
          </h3>
          <p>{t('registration.cancelConfirmText')}</p>
          <div className="actions">
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => void run(() => registrations.cancel(registration.id), t('registration.cancelled'))}
            >
              {t('registration.cancelConfirm')}
            </button>
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => setMode('view')}>
              {t('registration.cancelKeep')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

interface RegisterData {
  symposium: Symposium;
  mine: Registration | null;
  figures: Figures | null;
}

export function Register() {
  const { id = '' } = useParams();
  const { resource, reload, setResource } = useResource<RegisterData>(
    async (signal) => {
      const [symposium, mine, figures] = await Promise.all([
        symposia.get(id, signal).then((r) => r.data),
        registrations.mine(id, signal),
        // Figures are a nicety (places left): the page works without them.
        symposia.figures(id, signal).then((r) => r.data, () => null),
      ]);
      return { symposium, mine, figures };
    },
    [id],
  );
  const [status, setStatus] = useState('');
  const [changed, setChanged] = useState(false);

  let body;
  switch (resource.state) {
    case 'loading':
      body = <Loading label={t('register.loading')} />;
      break;
    case 'failed':
      if (resource.error.unauthenticated) {
        body = <SignInPrompt expired={resource.error.sessionExpired} reason={t('register.signIn')} />;
      } else if (resource.error.status === 404) {
        body = (
          <>
            <p>{t('register.notFound')}</p>
            <p>
              <Link to="/">{t('common.backHome')}</Link>
            </p>
          </>
        );
      } else {
        body = <ProblemMessage error={resource.error} onRetry={reload} />;
      }
      break;
    case 'loaded': {
      const { symposium, mine, figures } = resource.data;
      const placesLeft = strandPlacesLeft(symposium, figures);
      const canRegister = !mine || !ACTIVE_STATES.includes(mine.state);
      const update = (registration: Registration, message: string) => {
        setResource({ state: 'loaded', data: { ...resource.data, mine: registration } });
        setStatus(message);
        setChanged(true);
      };
      body = (
        <>
          <section aria-labelledby="register-symposium" className="panel">
            <h2 id="register-symposium">{symposium.title}</h2>
            <p>
              {t('symposium.dateRange', { start: formatDate(symposium.startsOn), end: formatDate(symposium.endsOn) })}
            </p>
            {figures?.placesLeft['*'] != null ? <p>{t('register.placesLeft', { count: figures.placesLeft['*'] })}</p> : null}
            {symposium.registrationClosesAt ? (
              <p>{t('register.closesAt', { deadline: formatInstant(symposium.registrationClosesAt) })}</p>
            ) : null}
          </section>
          {mine ? (
            <MyRegistration
              key={`${mine.id}:${mine.state}:${mine.strands.join(',')}`}
              symposium={symposium}
              registration={mine}
              placesLeft={placesLeft}
              onChanged={update}
              focusOnMount={changed}
            />
          ) : null}
          {canRegister ? (
            registrationOpen(symposium) ? (
              <RegistrationForm
                symposium={symposium}
                placesLeft={placesLeft}
                again={mine !== null}
                onRegistered={(registration) => update(registration, t('register.done'))}
              />
            ) : (
              <section aria-labelledby="register-closed" className="panel">
                <h2 id="register-closed">{t('register.formTitle')}</h2>
                <p>
                  {symposium.registrationOpensAt && new Date() < new Date(symposium.registrationOpensAt)
                    ? t('register.notYetOpen', { opens: formatInstant(symposium.registrationOpensAt) })
                    : t('register.closed')}
                </p>
              </section>
            )
          ) : null}
        </>
      );
      break;
    }
  }

  return (
    <>
      <PageHeading title={t('register.title')}>{t('register.title')}</PageHeading>
      <StatusMessage>{status}</StatusMessage>
      {body}
    </>
  );
}

/** /register: the current symposium's registration page, or why there is none. */
export function RegisterCurrent() {
  const { resource, reload } = useResource(async (signal) => currentSymposium((await symposia.list(signal)).data ?? []), []);
  if (resource.state === 'loaded' && resource.data) {
    return <Navigate replace to={`/symposia/${encodeURIComponent(resource.data.id)}/register`} />;
  }
  return (
    <>
      <PageHeading title={t('register.title')}>{t('register.title')}</PageHeading>
      {resource.state === 'loading' ? <Loading label={t('register.loading')} /> : null}
      {resource.state === 'loaded' ? <p>{t('home.noSymposium')}</p> : null}
      {resource.state === 'failed' ? (
        resource.error.unauthenticated ? (
          <SignInPrompt expired={resource.error.sessionExpired} reason={t('register.signIn')} />
        ) : (
          <ProblemMessage error={resource.error} onRetry={reload} />
        )
      ) : null}
    </>
  );
}

