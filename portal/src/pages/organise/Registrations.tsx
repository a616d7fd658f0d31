import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, asApiError } from '../../api/client';
import { organise, symposia } from '../../api/endpoints';
import {
  REGISTRATION_STATES,
  type Registration,
  type RegistrationState,
  type Symposium,
} from '../../api/types';
import { strandTitle } from '../../components/DialogueFacts';
import { ErrorSummary, fieldSummary } from '../../components/ErrorSummary';
import { InputField, SelectField } from '../../components/Fields';
import { Loading, ProblemAlert, problemReason, StatusMessage } from '../../components/Status';
import { useAction, useProblemForm } from '../../components/useProblemForm';
import { formatInstant, t } from '../../i18n/i18n';
import { useResource } from '../../session/useResource';
import { CountTable, OrganiseFailure, OrganiseSymposiumPage, StrandFilter, SymposiumNav, wholeNumber } from './common';

const nameOf = (registration: Registration) => registration.memberName ?? t('organise.registrations.unnamed');

/** Someone a service lists by member id, with their confirmed registration when the registrations know them. */
export interface StillToDoPerson {
  memberId: string;
  registration: Registration | null;
  /** The registration's strands, else the ones the service gave. */
  strandIds: string[];
}

/**
 * Names the people a service lists by member id from the confirmed registrations, in the
 * registrations' order (oldest first); ids the registrations do not know (yet, or could not be read)
 * come last, in the service's order.
 */
export function namePeople(
  people: readonly { memberId: string; strandIds?: string[] | null }[],
  confirmed: readonly Registration[] | null,
): StillToDoPerson[] {
  const position = new Map<string, number>();
  (confirmed ?? []).forEach((r, index) => {
    if (!position.has(r.memberId)) position.set(r.memberId, index);
  });
  return people
    .map((person, index) => {
      const at = position.get(person.memberId);
      const registration = at === undefined ? null : confirmed![at]!;
      return {
        order: at ?? (confirmed?.length ?? 0) + index,
        person: { memberId: person.memberId, registration, strandIds: registration?.strands ?? person.strandIds ?? [] },
      };
    })
    .sort((a, b) => a.order - b.order)
    .map(({ person }) => person);
}

function Counts({ symposium, revision }: { symposium: Symposium; revision: number }) {
  const { resource, reload } = useResource(async (signal) => (await organise.counts(symposium.id, signal)).data, [symposium.id, revision]);
  let body;
  if (resource.state === 'loading') body = <Loading label={t('organise.counts.loading')} />;
  else if (resource.state === 'failed') body = <OrganiseFailure error={resource.error} onRetry={reload} />;
  else {
    const counts = resource.data;
    const total = Object.values(counts.byState ?? {}).reduce((sum, n) => sum + (n ?? 0), 0);
    const left = counts.placesLeft?.['*'];
    body = (
      <>
        <p>
          {t('organise.counts.total', { count: total })}{' '}
          {left != null ? t('organise.counts.placesLeft', { count: left, capacity: symposium.capacity }) : null}
        </p>
        <div className="dashboard">
          <CountTable
            id="counts-state"
            caption={t('organise.counts.byState')}
            heading={t('organise.registrations.state')}
            rows={REGISTRATION_STATES.map((state) => ({ key: state, label: t(`registration.state.${state}`), count: counts.byState?.[state] ?? 0 }))}
          />
          <div className="table-scroll" role="region" aria-labelledby="counts-strand-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="counts-strand-caption">{t('organise.counts.byStrand')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('organise.registrations.strand')}</th>
                  <th scope="col" className="numeric">
                    {t('organise.counts.confirmed')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('organise.counts.cap')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('organise.counts.left')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {symposium.strands.map((strand) => (
                  <tr key={strand.id}>
                    <th scope="row">{strand.title}</th>
                    <td className="numeric">{counts.confirmedByStrand?.[strand.id] ?? 0}</td>
                    <td className="numeric">{strand.cap ?? t('organise.counts.noCap')}</td>
                    <td className="numeric">{counts.placesLeft?.[strand.id] ?? t('organise.counts.noCap')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </>
    );
  }
  return (
    <section aria-labelledby="organise-counts-title" className="panel">
      <h2 id="organise-counts-title">{t('organise.counts.title')}</h2>
      {body}
    </section>
  );
}

type Part<T> = { ok: true; data: T } | { ok: false; error: ApiError };
const part = <T,>(call: Promise<T>): Promise<Part<T>> =>
  call.then(
    (data) => ({ ok: true as const, data }),
    (caught: unknown) => {
      if (caught instanceof DOMException && caught.name === 'AbortError') throw caught;
      return { ok: false as const, error: asApiError(caught) };
    },
  );

function PeopleTable({ id, caption, people, symposium }: { id: string; caption: string; people: StillToDoPerson[]; symposium: Symposium }) {
  if (people.length === 0) return <p className="empty">{t('organise.todo.nobody', { what: caption })}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="data-table">
        <caption id={`${id}-caption`}>{t('organise.todo.caption', { what: caption, count: people.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organise.registrations.name')}</th>
            <th scope="col">{t('organise.registrations.strands')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.memberId}>
              <th scope="row">
                {person.registration ? nameOf(person.registration) : t('organise.todo.unknownMember', { id: person.memberId })}
              </th>
              <td>{person.strandIds.map((s) => strandTitle(symposium.strands, s)).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A part of the to-do section that could not be read: why. */
function PartFailed({ message }: { message: string }) {
  return (
    <div role="alert" className="problem">
      <p>{message}</p>
    </div>
  );
}

/**
 * Who has not yet proposed a dialogue or brought an artefact, as the services themselves work it out
 * (GET /api/v1/dialogues/without-proposal, GET /api/v1/artefacts/symposia/{id}/without-artefact: member
 * ids only), named from the confirmed registrations. A service that does not answer leaves its part
 * unknown, not the whole section; a refusal (403) means the page is for organisers only.
 */
function StillToDo({ symposium, revision }: { symposium: Symposium; revision: number }) {
  const { resource, reload } = useResource(
    async (signal) => {
      const [confirmed, withoutProposal, withoutArtefact] = await Promise.all([
        part(organise.registrations(symposium.id, { state: 'CONFIRMED' }, signal)),
        part(organise.withoutProposal(symposium.id, signal).then((r) => r.data?.memberIds ?? [])),
        part(organise.withoutArtefact(symposium.id, signal).then((r) => r.data ?? [])),
      ]);
      const refused = [confirmed, withoutProposal, withoutArtefact].find(
        (p): p is { ok: false; error: ApiError } => !p.ok && (p.error.status === 403 || p.error.unauthenticated),
      );
      if (refused) throw refused.error;
      return { confirmed, withoutProposal, withoutArtefact };
    },
    [symposium.id, revision],
  );
  let body;
  if (resource.state === 'loading') body = <Loading label={t('organise.todo.loading')} />;
  else if (resource.state === 'failed') body = <OrganiseFailure error={resource.error} onRetry={reload} />;
  else {
    const { confirmed, withoutProposal, withoutArtefact } = resource.data;
    const registrations = confirmed.ok ? confirmed.data : null;
    body = (
      <>
        {confirmed.ok ? (
          <p>{t('organise.todo.confirmed', { count: confirmed.data.length })}</p>
        ) : (
          <PartFailed message={t('organise.todo.namesFailed', { reason: problemReason(confirmed.error) })} />
        )}
        <h3>{t('organise.todo.proposalTitle')}</h3>
        {withoutProposal.ok ? (
          <PeopleTable
            id="todo-proposal"
            caption={t('organise.todo.proposalCaption')}
            people={namePeople(withoutProposal.data.map((memberId) => ({ memberId })), registrations)}
            symposium={symposium}
          />
        ) : (
          <PartFailed message={t('organise.todo.proposalsFailed', { reason: problemReason(withoutProposal.error) })} />
        )}
        <h3>{t('organise.todo.artefactTitle')}</h3>
        {withoutArtefact.ok ? (
          <PeopleTable
            id="todo-artefact"
            caption={t('organise.todo.artefactCaption')}
            people={namePeople(withoutArtefact.data, registrations)}
            symposium={symposium}
          />
        ) : (
          <PartFailed message={t('organise.todo.artefactsFailed', { reason: problemReason(withoutArtefact.error) })} />
        )}
      </>
    );
  }
  return (
    <section aria-labelledby="organise-todo-title" className="panel">
      <h2 id="organise-todo-title">{t('organise.todo.title')}</h2>
      {body}
    </section>
  );
}

function StateCell({ registration }: { registration: Registration }) {
  return (
    <>
      <strong className={`state state--${registration.state.toLowerCase()}`}>{t(`registration.state.${registration.state}`)}</strong>
      {registration.state === 'WAITLISTED' && registration.waitlistPosition != null ? (
        <span className="cell-note">{t('organise.registrations.position', { position: registration.waitlistPosition })}</span>
      ) : null}
      {registration.state === 'OFFERED' && registration.offerExpiresAt ? (
        <span className="cell-note">{t('organise.registrations.offerUntil', { deadline: formatInstant(registration.offerExpiresAt) })}</span>
      ) : null}
    </>
  );
}

/** Approve or reject a registration that waits for approval; rejecting asks first (the service takes no reason). */
function Decision({
  registration,
  onDecided,
}: {
  registration: Registration;
  onDecided: (registration: Registration, message: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAction();
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  const name = nameOf(registration);
  const decide = (approve: boolean) =>
    run(async () => {
      const { data } = approve ? await organise.approve(registration.id) : await organise.reject(registration.id);
      onDecided(data, approve ? t('organise.registrations.approved', { name }) : t('organise.registrations.rejected', { name }));
    });
  return (
    <div className="row-actions">
      {error ? <p className="cell-error" role="alert">{problemReason(error)}</p> : null}
      {confirming ? (
        <>
          <span id={`reject-${registration.id}`}>{t('organise.registrations.rejectConfirm', { name })}</span>
          <button ref={confirmButton} type="button" className="button button--danger button--small" disabled={busy} onClick={() => void decide(false)}>
            {t('organise.registrations.rejectYes')}
          </button>
          <button type="button" className="button button--secondary button--small" disabled={busy} onClick={() => setConfirming(false)}>
            {t('organise.registrations.rejectNo')}
          </button>
        </>
      ) : (
        <>
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            aria-label={t('organise.registrations.approveNamed', { name })}
            onClick={() => void decide(true)}
          >
            {t('organise.registrations.approve')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={busy}
            aria-label={t('organise.registrations.rejectNamed', { name })}
            onClick={() => setConfirming(true)}
          >
            {t('organise.registrations.reject')}
          </button>
        </>
      )}
    </div>
  );
}

function RegistrationTable({ symposium, revision, onChanged }: { symposium: Symposium; revision: number; onChanged: (message: string) => void }) {
  const [state, setState] = useState<RegistrationState | ''>('');
  const [strand, setStrand] = useState('');
  const { resource, reload, setResource } = useResource(
    (signal) => organise.registrations(symposium.id, { state, strand }, signal),
    [symposium.id, state, strand, revision],
  );
  const filtered = state !== '' || strand !== '';
  /** After a decision its buttons are gone: the person's name in that row takes the focus. */
  const [decidedRow, setDecidedRow] = useState<string | null>(null);
  useEffect(() => {
    if (decidedRow) document.getElementById(`registration-${decidedRow}`)?.focus();
  }, [decidedRow]);
  const decided = (updated: Registration, message: string) => {
    if (resource.state === 'loaded') {
      setResource({ state: 'loaded', data: resource.data.map((r) => (r.id === updated.id ? updated : r)) });
    }
    setDecidedRow(updated.id);
    onChanged(message);
  };

  let body;
  if (resource.state === 'loading') body = <Loading label={t('organise.registrations.loading')} />;
  else if (resource.state === 'failed') body = <OrganiseFailure error={resource.error} onRetry={reload} />;
  else if (resource.data.length === 0) {
    body = <p className="empty">{filtered ? t('organise.registrations.noMatch') : t('organise.registrations.empty')}</p>;
  } else {
    body = (
      <div className="table-scroll" role="region" aria-labelledby="registrations-caption" tabIndex={0}>
        <table className="data-table">
          <caption id="registrations-caption">{t('organise.registrations.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organise.registrations.name')}</th>
              <th scope="col">{t('organise.registrations.strands')}</th>
              <th scope="col">{t('organise.registrations.state')}</th>
              <th scope="col">{t('organise.registrations.submitted')}</th>
              <th scope="col">{t('organise.registrations.needs')}</th>
              <th scope="col">{t('organise.registrations.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {resource.data.map((registration) => (
              <tr key={registration.id}>
                <th scope="row" id={`registration-${registration.id}`} tabIndex={-1}>
                  {nameOf(registration)}
                </th>
                <td>{registration.strands.map((s) => strandTitle(symposium.strands, s)).join('; ') || t('registration.noStrands')}</td>
                <td>
                  <StateCell registration={registration} />
                </td>
                <td>{registration.submittedAt ? formatInstant(registration.submittedAt) : t('form.notStated')}</td>
                <td>
                  {registration.needs?.access ? (
                    <span className="cell-note">{t('organise.registrations.access', { needs: registration.needs.access })}</span>
                  ) : null}
                  {registration.needs?.dietary ? (
                    <span className="cell-note">{t('organise.registrations.dietary', { needs: registration.needs.dietary })}</span>
                  ) : null}
                  {!registration.needs?.access && !registration.needs?.dietary ? t('organise.registrations.noNeeds') : null}
                </td>
                <td>
                  {registration.state === 'PENDING_APPROVAL' ? (
                    <Decision key={registration.state} registration={registration} onDecided={decided} />
                  ) : (
                    <span className="muted">{t('organise.registrations.noAction')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <section aria-labelledby="organise-registrations-title" className="panel">
      <h2 id="organise-registrations-title">{t('organise.registrations.title')}</h2>
      <p>
        <a href={organise.exportPath(symposium.id)} download={`registrations-${symposium.id}.csv`}>
          {t('organise.registrations.export')}
        </a>
      </p>
      <div className="filters">
        <SelectField
          id="registrations-state"
          label={t('organise.registrations.filterState')}
          value={state}
          onChange={(value) => setState(value as RegistrationState | '')}
          emptyLabel={t('organise.registrations.allStates')}
          options={REGISTRATION_STATES.map((s) => ({ value: s, label: t(`registration.state.${s}`) }))}
        />
        <StrandFilter id="registrations-strand" symposium={symposium} value={strand} onChange={setStrand} />
      </div>
      <StatusMessage id="registrations-count">
        {resource.state === 'loaded' ? t('organise.registrations.count', { count: resource.data.length }) : ''}
      </StatusMessage>
      {body}
    </section>
  );
}

/** Raising capacity offers the new places to the waiting list at once (the service does it). */
function Capacity({ symposium, onChanged }: { symposium: Symposium; onChanged: (symposium: Symposium, message: string) => void }) {
  const [value, setValue] = useState(String(symposium.capacity));
  const { fieldErrors, attempt, error, busy, begin, send } = useProblemForm();
  const label = t('organise.capacity.label');
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const capacity = wholeNumber(value);
    if (!begin(capacity === null || capacity < 1 ? { capacity: [t('organise.form.positiveNumber')] } : {}) || capacity === null) return;
    await send(
      async () => {
        const { data } = await organise.changeCapacity(symposium.id, capacity);
        onChanged(data, t('organise.capacity.changed', { capacity: data.capacity }));
      },
      { fieldsOf: (failure) => ({ capacity: failure.fieldErrors.capacity ?? [] }) },
    );
  };
  return (
    <section aria-labelledby="organise-capacity-title" className="panel">
      <h2 id="organise-capacity-title">{t('organise.capacity.title')}</h2>
      <p>{t('organise.capacity.intro')}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary id="capacity-errors" items={fieldSummary(fieldErrors, [{ field: 'capacity', target: 'capacity-value', label }])} attempt={attempt} />
        <ProblemAlert error={error} />
        <InputField
          id="capacity-value"
          type="number"
          min={1}
          compact
          label={label}
          hint={t('organise.capacity.hint', { capacity: symposium.capacity })}
          value={value}
          onChange={setValue}
          errors={fieldErrors.capacity}
          required
        />
        <div className="actions">
          <button type="submit" className="button" disabled={busy || symposium.status === 'CLOSED'}>
            {t('organise.capacity.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

function RegistrationsBody({ id }: { id: string }) {
  const { resource, reload, setResource } = useResource(async (signal) => (await symposia.get(id, signal)).data, [id]);
  /** Figures and lists are read again after a change; the table too when capacity changed (offers went out). */
  const [revision, setRevision] = useState(0);
  const [tableRevision, setTableRevision] = useState(0);
  const [status, setStatus] = useState('');
  if (resource.state === 'loading') return <Loading label={t('organise.overview.loading')} />;
  if (resource.state === 'failed') return <OrganiseFailure error={resource.error} onRetry={reload} />;
  const symposium = resource.data;
  const changed = (message: string, table = false) => {
    setStatus(message);
    setRevision((n) => n + 1);
    if (table) setTableRevision((n) => n + 1);
  };
  return (
    <>
      <SymposiumNav symposium={symposium} />
      <p className="lead">{symposium.title}</p>
      <StatusMessage>{status}</StatusMessage>
      <Counts symposium={symposium} revision={revision} />
      <StillToDo symposium={symposium} revision={revision} />
      <RegistrationTable symposium={symposium} revision={tableRevision} onChanged={(message) => changed(message)} />
      <Capacity
        symposium={symposium}
        onChanged={(updated, message) => {
          setResource({ state: 'loaded', data: updated });
          changed(message, true);
        }}
      />
    </>
  );
}

/** /organise/symposia/:id/registrations: figures, who has still to propose or bring, the registrations. */
export function OrganiseRegistrations() {
  return <OrganiseSymposiumPage title={t('organise.registrations.pageTitle')} body={RegistrationsBody} />;
}
