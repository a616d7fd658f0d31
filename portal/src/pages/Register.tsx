import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { messagesFor } from '../api/client';
import { registrations, symposia } from '../api/endpoints';
import { ACTIVE_STATES, type Figures, type Registration, type Symposium } from '../api/types';
import { ConfirmBox } from '../components/ConfirmBox';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextArea } from '../components/Fields';
import { FormActions } from '../components/FormPanel';
import { CurrentSymposiumPage, ResourcePage } from '../components/ResourcePage';
import { StrandPicker } from '../components/StrandPicker';
import { ProblemMessage, StatusMessage } from '../components/Status';
import { useProblemForm } from '../components/useProblemForm';
import { formatDate, formatInstant, t } from '../i18n/i18n';
import { useResource } from '../session/useResource';

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
  const { fieldErrors, attempt, error, busy, status, begin, send } = useProblemForm();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!begin(strands.length === 0 ? { strands: [t('register.chooseOne')] } : {})) return;
    await send(
      async () => {
        const needs = access.trim() || dietary.trim() ? { access: access.trim() || null, dietary: dietary.trim() || null } : null;
        const { data } = await registrations.register(symposium.id, { strands, needs });
        onRegistered(data);
      },
      { pending: t('register.submitting') },
    );
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
        <FormActions busy={busy} submit={t('register.submit')} />
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
  const { fieldErrors, setFieldErrors, error, busy, send } = useProblemForm();
  const strandErrors = fieldErrors.strands ?? [];
  const heading = useRef<HTMLHeadingElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const active = ACTIVE_STATES.includes(registration.state);
  const titleOf = (id: string) => symposium.strands.find((s) => s.id === id)?.title ?? id;

  useEffect(() => {
    if (mode === 'changing') heading.current?.focus();
  }, [mode]);
  useEffect(() => {
    // After registering, cancelling or changing, the controls that had the focus are gone.
    if (focusOnMount) title.current?.focus();
  }, [focusOnMount]);

  const run = async (action: () => Promise<{ data: Registration }>, message: string) => {
    setFieldErrors({});
    await send(
      async () => {
        const { data } = await action();
        setMode('view');
        onChanged(data, message);
      },
      { fieldsOf: (failure) => ({ strands: messagesFor(failure.fieldErrors, 'strands') }) },
    );
  };

  const onSaveStrands = (event: FormEvent) => {
    event.preventDefault();
    if (choice.length === 0) {
      setFieldErrors({ strands: [t('register.chooseOne')] });
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
          <FormActions busy={busy} submit={t('registration.saveStrands')} cancel={t('registration.keepStrands')} onCancel={() => setMode('view')} />
        </form>
      ) : null}

      {mode === 'cancelling' ? (
        <ConfirmBox
          id="cancel-title"
          title={t('registration.cancelConfirmTitle')}
          text={t('registration.cancelConfirmText')}
          confirm={t('registration.cancelConfirm')}
          keep={t('registration.cancelKeep')}
          busy={busy}
          onConfirm={() => void run(() => registrations.cancel(registration.id), t('registration.cancelled'))}
          onKeep={() => setMode('view')}
        />
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

  return (
    <ResourcePage
      title={t('register.title')}
      status={status}
      resource={resource}
      reload={reload}
      loading={t('register.loading')}
      signIn={t('register.signIn')}
      notFound={t('register.notFound')}
      back={{ to: '/', label: t('common.backHome') }}
    >
      {(data) => {
        const { symposium, mine, figures } = data;
        const placesLeft = strandPlacesLeft(symposium, figures);
        const canRegister = !mine || !ACTIVE_STATES.includes(mine.state);
        const update = (registration: Registration, message: string) => {
          setResource({ state: 'loaded', data: { ...data, mine: registration } });
          setStatus(message);
          setChanged(true);
        };
        return (
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
      }}
    </ResourcePage>
  );
}

/** /register: the current symposium's registration page, or why there is none. */
export function RegisterCurrent() {
  return <CurrentSymposiumPage page="register" title={t('register.title')} loading={t('register.loading')} signIn={t('register.signIn')} />;
}
