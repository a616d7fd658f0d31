import { useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError, messagesFor } from '../../api/client';
import { organise } from '../../api/endpoints';
import type {
  AllocationApplied,
  AllocationPreview,
  Dialogue,
  Programme,
  ProgrammeRoom,
  ProgrammeSlot,
} from '../../api/types';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { FieldErrors, SelectField, TextField } from '../../components/Fields';
import { Loading, problemReason, StatusMessage } from '../../components/Status';
import { formatTimeRange, t, type MessageKey } from '../../i18n/i18n';
import { asApiError, InputField, wholeNumber } from './common';
import { zonedToInstant } from './time';

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** An id the services accept (lower-case letters, digits and dashes) made from a label: "Day 1, morning" → "day-1-morning". */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

export const slotsOf = (programme: Programme): ProgrammeSlot[] => programme.slots.map(({ slot }) => slot);

type Errors = Record<string, string[]>;

function summaryOf(errors: Errors, fields: readonly { field: string; target: string; label: string }[]): SummaryItem[] {
  return fields.flatMap(({ field, target, label }) =>
    (errors[field] ?? []).map((message) => ({ target, text: t('form.fieldError', { label, message }) })),
  );
}

/** The service names the whole list ("slots", "rooms") in its messages: they are shown with the form that sent it. */
function problemFields(failure: ApiError, list: 'slots' | 'rooms'): Errors | null {
  const messages = messagesFor(failure.fieldErrors, list);
  const other = Object.keys(failure.fieldErrors).filter((f) => !(f === list || f.startsWith(`${list}[`) || f.startsWith(`${list}.`)));
  const all = [...messages, ...other.flatMap((f) => failure.fieldErrors[f] ?? [])];
  return all.length > 0 ? { [list]: all } : null;
}

/** Time slots: a table of the slots, each removable, and a form that adds one (times as at the venue). */
export function SlotsEditor({
  programme,
  zone,
  onChanged,
}: {
  programme: Programme;
  zone: string;
  onChanged: (programme: Programme, message: string) => void;
}) {
  const slots = slotsOf(programme);
  const used = new Set(programme.slots.filter(({ sessions }) => sessions.length > 0).map(({ slot }) => slot.id));
  const [form, setForm] = useState({ id: '', label: '', startsAt: '', endsAt: '' });
  const [errors, setErrors] = useState<Errors>({});
  /** Counts the submits: the error summary takes the focus once for each one that produced errors. */
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const set = (name: keyof typeof form) => (value: string) => setForm((previous) => ({ ...previous, [name]: value }));
  const fields = useMemo(
    () => [
      { field: 'slots', target: 'slot-label', label: t('organise.slots.title') },
      { field: 'id', target: 'slot-id', label: t('organise.slots.id') },
      { field: 'label', target: 'slot-label', label: t('organise.slots.label') },
      { field: 'startsAt', target: 'slot-startsAt', label: t('organise.slots.startsAt') },
      { field: 'endsAt', target: 'slot-endsAt', label: t('organise.slots.endsAt') },
    ],
    [],
  );
  const summary = useMemo(() => summaryOf(errors, fields), [errors, fields]);

  const save = async (next: ProgrammeSlot[], message: string, fromForm: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const { data } = await organise.defineSlots(programme.symposiumId, next);
      if (fromForm) setForm({ id: '', label: '', startsAt: '', endsAt: '' });
      else heading.current?.focus(); // the removed slot's button is gone
      onChanged(data, message);
    } catch (caught) {
      const failure = asApiError(caught);
      const fieldProblems = fromForm ? problemFields(failure, 'slots') : null;
      if (fieldProblems) setErrors(fieldProblems);
      else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const found: Errors = {};
    const fail = (field: string, key: MessageKey) => (found[field] ??= []).push(t(key));
    const id = form.id.trim() || slugOf(form.label);
    if (!id) fail('id', 'organise.slots.idOrLabel');
    else if (!ID_PATTERN.test(id)) fail('id', 'organise.form.idPattern');
    else if (slots.some((s) => s.id === id)) fail('id', 'organise.form.idTaken');
    const startsAt = zonedToInstant(form.startsAt, zone);
    const endsAt = zonedToInstant(form.endsAt, zone);
    if (!startsAt) fail('startsAt', 'organise.form.isRequired');
    if (!endsAt) fail('endsAt', 'organise.form.isRequired');
    else if (startsAt && Date.parse(endsAt) <= Date.parse(startsAt)) fail('endsAt', 'organise.slots.endsAfterStart');
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0 || !startsAt || !endsAt) return;
    const slot: ProgrammeSlot = { id, label: form.label.trim() || null, startsAt, endsAt };
    void save([...slots, slot], t('organise.slots.added', { slot: slot.label ?? slot.id }), true);
  };

  return (
    <section aria-labelledby="organise-slots-title" className="panel">
      <h2 id="organise-slots-title" ref={heading} tabIndex={-1}>
        {t('organise.slots.title')}
      </h2>
      <p>{t('organise.slots.intro', { zone })}</p>
      {error ? (
        <div role="alert" className="problem">
          <p>{problemReason(error)}</p>
        </div>
      ) : null}
      {slots.length === 0 ? (
        <p className="empty">{t('organise.slots.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="slots-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="slots-caption">{t('organise.slots.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organise.slots.label')}</th>
                <th scope="col">{t('organise.slots.when')}</th>
                <th scope="col">{t('organise.slots.id')}</th>
                <th scope="col">{t('organise.registrations.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {slots.map((slot) => (
                <tr key={slot.id}>
                  <th scope="row">{slot.label ?? slot.id}</th>
                  <td>{formatTimeRange(slot.startsAt, slot.endsAt, zone)}</td>
                  <td>
                    <code>{slot.id}</code>
                  </td>
                  <td>
                    {used.has(slot.id) ? (
                      <span className="muted">{t('organise.slots.inUse')}</span>
                    ) : (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        disabled={busy}
                        onClick={() =>
                          void save(
                            slots.filter((s) => s.id !== slot.id),
                            t('organise.slots.removed', { slot: slot.label ?? slot.id }),
                            false,
                          )
                        }
                      >
                        {t('organise.slots.remove', { slot: slot.label ?? slot.id })}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="slot-add-title">
        <h3 id="slot-add-title">{t('organise.slots.add')}</h3>
        <ErrorSummary id="slot-errors" items={summary} attempt={attempt} />
        <FieldErrors id="slot-list-error" label={t('organise.slots.title')} messages={errors.slots ?? []} />
        <TextField id="slot-label" label={t('organise.slots.label')} hint={t('organise.slots.labelHint')} value={form.label} onChange={set('label')} maxLength={100} errors={errors.label} />
        <TextField id="slot-id" label={t('organise.slots.id')} hint={t('organise.form.idHint')} value={form.id} onChange={set('id')} maxLength={40} spellCheck={false} errors={errors.id} />
        <div className="field-row">
          <InputField id="slot-startsAt" type="datetime-local" label={t('organise.slots.startsAt')} value={form.startsAt} onChange={set('startsAt')} errors={errors.startsAt} required />
          <InputField id="slot-endsAt" type="datetime-local" label={t('organise.slots.endsAt')} value={form.endsAt} onChange={set('endsAt')} errors={errors.endsAt} required />
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t('organise.slots.addButton')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Rooms: a table of the rooms, each removable, and a form that adds one. */
export function RoomsEditor({ programme, onChanged }: { programme: Programme; onChanged: (programme: Programme, message: string) => void }) {
  const rooms = programme.rooms;
  const used = new Set(programme.slots.flatMap(({ sessions }) => sessions.map((s) => s.roomId)));
  const [form, setForm] = useState({ id: '', name: '', kind: 'PHYSICAL', capacity: '' });
  const [errors, setErrors] = useState<Errors>({});
  /** Counts the submits: the error summary takes the focus once for each one that produced errors. */
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const set = (name: keyof typeof form) => (value: string) => setForm((previous) => ({ ...previous, [name]: value }));
  const fields = useMemo(
    () => [
      { field: 'rooms', target: 'room-name', label: t('organise.rooms.title') },
      { field: 'name', target: 'room-name', label: t('organise.rooms.name') },
      { field: 'id', target: 'room-id', label: t('organise.rooms.id') },
      { field: 'kind', target: 'room-kind', label: t('organise.rooms.kind') },
      { field: 'capacity', target: 'room-capacity', label: t('organise.rooms.capacity') },
    ],
    [],
  );
  const summary = useMemo(() => summaryOf(errors, fields), [errors, fields]);

  const save = async (next: ProgrammeRoom[], message: string, fromForm: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const { data } = await organise.defineRooms(programme.symposiumId, next);
      if (fromForm) setForm({ id: '', name: '', kind: 'PHYSICAL', capacity: '' });
      else heading.current?.focus(); // the removed room's button is gone
      onChanged(data, message);
    } catch (caught) {
      const failure = asApiError(caught);
      const fieldProblems = fromForm ? problemFields(failure, 'rooms') : null;
      if (fieldProblems) setErrors(fieldProblems);
      else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const found: Errors = {};
    const fail = (field: string, key: MessageKey) => (found[field] ??= []).push(t(key));
    const name = form.name.trim();
    if (!name) fail('name', 'organise.form.isRequired');
    const id = form.id.trim() || slugOf(name);
    if (name && !id) fail('id', 'organise.form.isRequired');
    else if (id && !ID_PATTERN.test(id)) fail('id', 'organise.form.idPattern');
    else if (rooms.some((r) => r.id === id)) fail('id', 'organise.form.idTaken');
    if (!form.kind) fail('kind', 'organise.form.isRequired');
    const capacity = form.capacity.trim() ? wholeNumber(form.capacity) : null;
    if (form.capacity.trim() && (capacity === null || capacity < 1)) fail('capacity', 'organise.form.positiveNumber');
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    const room: ProgrammeRoom = { id, name, kind: form.kind === 'VIRTUAL' ? 'VIRTUAL' : 'PHYSICAL', capacity };
    void save([...rooms, room], t('organise.rooms.added', { room: name }), true);
  };

  return (
    <section aria-labelledby="organise-rooms-title" className="panel">
      <h2 id="organise-rooms-title" ref={heading} tabIndex={-1}>
        {t('organise.rooms.title')}
      </h2>
      {error ? (
        <div role="alert" className="problem">
          <p>{problemReason(error)}</p>
        </div>
      ) : null}
      {rooms.length === 0 ? (
        <p className="empty">{t('organise.rooms.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="rooms-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="rooms-caption">{t('organise.rooms.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organise.rooms.name')}</th>
                <th scope="col">{t('organise.rooms.kind')}</th>
                <th scope="col" className="numeric">
                  {t('organise.rooms.capacity')}
                </th>
                <th scope="col">{t('organise.rooms.id')}</th>
                <th scope="col">{t('organise.registrations.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rooms.map((room) => (
                <tr key={room.id}>
                  <th scope="row">{room.name}</th>
                  <td>{t(`organise.rooms.kind.${room.kind}`)}</td>
                  <td className="numeric">{room.capacity ?? t('organise.rooms.noLimit')}</td>
                  <td>
                    <code>{room.id}</code>
                  </td>
                  <td>
                    {used.has(room.id) ? (
                      <span className="muted">{t('organise.rooms.inUse')}</span>
                    ) : (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        disabled={busy}
                        onClick={() => void save(rooms.filter((r) => r.id !== room.id), t('organise.rooms.removed', { room: room.name }), false)}
                      >
                        {t('organise.rooms.remove', { room: room.name })}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="room-add-title">
        <h3 id="room-add-title">{t('organise.rooms.add')}</h3>
        <ErrorSummary id="room-errors" items={summary} attempt={attempt} />
        <FieldErrors id="room-list-error" label={t('organise.rooms.title')} messages={errors.rooms ?? []} />
        <TextField id="room-name" label={t('organise.rooms.name')} value={form.name} onChange={set('name')} maxLength={100} errors={errors.name} required />
        <TextField id="room-id" label={t('organise.rooms.id')} hint={t('organise.form.idHint')} value={form.id} onChange={set('id')} maxLength={40} spellCheck={false} errors={errors.id} />
        <SelectField
          id="room-kind"
          label={t('organise.rooms.kind')}
          value={form.kind}
          onChange={set('kind')}
          emptyLabel={t('organise.rooms.chooseKind')}
          options={(['PHYSICAL', 'VIRTUAL'] as const).map((kind) => ({ value: kind, label: t(`organise.rooms.kind.${kind}`) }))}
          errors={errors.kind}
          required
        />
        <InputField id="room-capacity" type="number" min={1} compact label={t('organise.rooms.capacity')} hint={t('organise.rooms.capacityHint')} value={form.capacity} onChange={set('capacity')} errors={errors.capacity} />
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t('organise.rooms.addButton')}
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * The automatic allocation from participants' ranked preferences: preview it, then apply exactly
 * what was previewed (its fingerprint); if anything changed meanwhile the service asks for a new preview.
 */
export function AllocationPanel({ symposiumId, dialogues }: { symposiumId: string; dialogues: readonly Dialogue[] }) {
  const [preview, setPreview] = useState<AllocationPreview | null>(null);
  const [applied, setApplied] = useState<AllocationApplied | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<'preview' | 'apply' | null>(null);
  const [status, setStatus] = useState('');
  const titleOf = (id: string) => dialogues.find((d) => d.id === id)?.proposal.title ?? id;

  const load = async () => {
    setBusy('preview');
    setError(null);
    setApplied(null);
    setStatus(t('organise.allocation.previewing'));
    try {
      const { data } = await organise.previewAllocation(symposiumId);
      setPreview(data);
      setStatus(t('organise.allocation.previewed'));
    } catch (caught) {
      setStatus('');
      setError(asApiError(caught));
    } finally {
      setBusy(null);
    }
  };
  const apply = async () => {
    if (!preview) return;
    setBusy('apply');
    setError(null);
    try {
      const { data } = await organise.applyAllocation(symposiumId, preview.fingerprint);
      setApplied(data);
      setPreview(null);
      setStatus(t('organise.allocation.applied', { count: data.joined }));
    } catch (caught) {
      setStatus('');
      setPreview(null);
      setError(asApiError(caught));
    } finally {
      setBusy(null);
    }
  };

  const byDialogue = new Map<string, number>();
  preview?.assignments.forEach((a) => byDialogue.set(a.dialogueId, (byDialogue.get(a.dialogueId) ?? 0) + 1));

  return (
    <section aria-labelledby="organise-allocation-title" className="panel">
      <h2 id="organise-allocation-title">{t('organise.allocation.title')}</h2>
      <p>{t('organise.allocation.intro')}</p>
      {error ? (
        <div role="alert" className="problem">
          <p>{problemReason(error)}</p>
        </div>
      ) : null}
      <div className="actions">
        <button type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void load()}>
          {preview ? t('organise.allocation.previewAgain') : t('organise.allocation.preview')}
        </button>
        {preview && preview.assignments.length > 0 ? (
          <button type="button" className="button" disabled={busy !== null} onClick={() => void apply()}>
            {t('organise.allocation.apply', { count: preview.assignments.length })}
          </button>
        ) : null}
      </div>
      {busy === 'apply' ? <Loading label={t('organise.allocation.applying')} /> : null}
      <StatusMessage>{status}</StatusMessage>
      {preview ? (
        <>
          <p>
            {t('organise.allocation.summary', {
              participants: preview.participants,
              something: preview.withSomething,
              first: preview.withFirstChoice,
            })}
          </p>
          {preview.assignments.length === 0 ? (
            <p className="empty">{t('organise.allocation.nothing')}</p>
          ) : (
            <div className="table-scroll" role="region" aria-labelledby="allocation-caption" tabIndex={0}>
              <table className="data-table">
                <caption id="allocation-caption">{t('organise.allocation.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('organise.allocation.dialogue')}</th>
                    <th scope="col" className="numeric">
                      {t('organise.allocation.places')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...byDialogue.entries()].map(([dialogueId, count]) => (
                    <tr key={dialogueId}>
                      <th scope="row">{titleOf(dialogueId)}</th>
                      <td className="numeric">{count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
      {applied && applied.skipped.length > 0 ? (
        <div className="table-scroll" role="region" aria-labelledby="allocation-skipped-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="allocation-skipped-caption">{t('organise.allocation.skipped', { count: applied.skipped.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organise.allocation.dialogue')}</th>
                <th scope="col">{t('organise.allocation.member')}</th>
                <th scope="col">{t('organise.allocation.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {applied.skipped.map((s) => (
                <tr key={`${s.memberId}:${s.dialogueId}`}>
                  <th scope="row">{titleOf(s.dialogueId)}</th>
                  <td>
                    <code>{s.memberId}</code>
                  </td>
                  <td>{s.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
