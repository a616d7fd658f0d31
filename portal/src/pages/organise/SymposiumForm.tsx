import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { organise } from '../../api/endpoints';
import type { Symposium, SymposiumDraft } from '../../api/types';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { describedBy, FieldErrors, TextArea, TextField } from '../../components/Fields';
import { problemReason, StatusMessage } from '../../components/Status';
import { browserTimeZone, t, validTimeZone, type MessageKey } from '../../i18n/i18n';
import { asApiError, InputField, wholeNumber } from './common';
import { instantToZoned, zonedToInstant } from './time';

interface StrandRow {
  /** Stable React key: rows are added and removed. */
  key: number;
  id: string;
  title: string;
  description: string;
  cap: string;
}

export interface SymposiumFormState {
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  venuePhysical: string;
  venueVirtualUrl: string;
  capacity: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  approvalMode: 'AUTOMATIC' | 'MODERATED';
  strands: StrandRow[];
  maxStrandsPerParticipant: string;
  offerClaimWindowHours: string;
}

let nextKey = 1;

export function emptySymposiumForm(): SymposiumFormState {
  return {
    title: '',
    description: '',
    startsOn: '',
    endsOn: '',
    timeZone: validTimeZone(browserTimeZone()) ?? 'UTC',
    venuePhysical: '',
    venueVirtualUrl: '',
    capacity: '100',
    registrationOpensAt: '',
    registrationClosesAt: '',
    approvalMode: 'AUTOMATIC',
    strands: [],
    maxStrandsPerParticipant: '2',
    offerClaimWindowHours: '48',
  };
}

export function symposiumFormOf(symposium: Symposium): SymposiumFormState {
  const zone = validTimeZone(symposium.timeZone) ?? 'UTC';
  return {
    title: symposium.title,
    description: symposium.description ?? '',
    startsOn: symposium.startsOn,
    endsOn: symposium.endsOn,
    timeZone: symposium.timeZone ?? zone,
    venuePhysical: symposium.venue?.physical ?? '',
    venueVirtualUrl: symposium.venue?.virtualUrl ?? '',
    capacity: String(symposium.capacity),
    registrationOpensAt: instantToZoned(symposium.registrationOpensAt, zone),
    registrationClosesAt: instantToZoned(symposium.registrationClosesAt, zone),
    approvalMode: symposium.approvalMode === 'MODERATED' ? 'MODERATED' : 'AUTOMATIC',
    strands: symposium.strands.map((strand) => ({
      key: nextKey++,
      id: strand.id,
      title: strand.title,
      description: strand.description ?? '',
      cap: strand.cap == null ? '' : String(strand.cap),
    })),
    maxStrandsPerParticipant: String(symposium.maxStrandsPerParticipant),
    offerClaimWindowHours: String(symposium.offerClaimWindowHours),
  };
}

type Errors = Record<string, string[]>;

/** The draft the API takes, or the fields the browser can already tell are wrong. */
export function draftOf(form: SymposiumFormState): { draft: SymposiumDraft | null; errors: Errors } {
  const errors: Errors = {};
  const fail = (field: string, key: MessageKey) => (errors[field] ??= []).push(t(key));
  if (!form.title.trim()) fail('title', 'organise.form.isRequired');
  if (!form.startsOn) fail('startsOn', 'organise.form.isRequired');
  if (!form.endsOn) fail('endsOn', 'organise.form.isRequired');
  if (form.startsOn && form.endsOn && form.endsOn < form.startsOn) fail('endsOn', 'organise.form.endsAfterStart');
  const zone = validTimeZone(form.timeZone.trim());
  if (!zone) fail('timeZone', 'organise.form.timeZoneInvalid');
  const capacity = wholeNumber(form.capacity);
  if (capacity === null || capacity < 1) fail('capacity', 'organise.form.positiveNumber');
  const opens = zone ? zonedToInstant(form.registrationOpensAt, zone) : null;
  const closes = zone ? zonedToInstant(form.registrationClosesAt, zone) : null;
  if (!form.registrationOpensAt) fail('registrationOpensAt', 'organise.form.isRequired');
  if (!form.registrationClosesAt) fail('registrationClosesAt', 'organise.form.isRequired');
  else if (opens && closes && closes <= opens) fail('registrationClosesAt', 'organise.form.closesAfterOpens');
  const maxStrands = form.maxStrandsPerParticipant.trim() ? wholeNumber(form.maxStrandsPerParticipant) : null;
  if (form.maxStrandsPerParticipant.trim() && (maxStrands === null || maxStrands < 1)) {
    fail('maxStrandsPerParticipant', 'organise.form.positiveNumber');
  }
  const claimHours = form.offerClaimWindowHours.trim() ? wholeNumber(form.offerClaimWindowHours) : null;
  if (form.offerClaimWindowHours.trim() && (claimHours === null || claimHours < 1)) {
    fail('offerClaimWindowHours', 'organise.form.positiveNumber');
  }
  form.strands.forEach((strand, index) => {
    if (!strand.title.trim()) fail(`strands[${index}].title`, 'organise.form.isRequired');
    if (strand.cap.trim()) {
      const cap = wholeNumber(strand.cap);
      if (cap === null || cap < 1) fail(`strands[${index}].cap`, 'organise.form.positiveNumber');
    }
  });
  if (Object.keys(errors).length > 0) return { draft: null, errors };

  const physical = form.venuePhysical.trim();
  const virtualUrl = form.venueVirtualUrl.trim();
  return {
    errors,
    draft: {
      title: form.title.trim(),
      description: form.description.trim() || null,
      startsOn: form.startsOn,
      endsOn: form.endsOn,
      timeZone: zone!,
      venue: physical || virtualUrl ? { physical: physical || null, virtualUrl: virtualUrl || null } : null,
      capacity: capacity!,
      registrationOpensAt: opens!,
      registrationClosesAt: closes!,
      approvalMode: form.approvalMode,
      strands:
        form.strands.length === 0
          ? null
          : form.strands.map((strand) => ({
              id: strand.id.trim() || null,
              title: strand.title.trim(),
              description: strand.description.trim() || null,
              cap: strand.cap.trim() ? wholeNumber(strand.cap) : null,
            })),
      maxStrandsPerParticipant: maxStrands,
      offerClaimWindowHours: claimHours,
    },
  };
}

/** Field of the API → the control that shows its messages, and the label the messages follow. */
const FIELDS: readonly { field: string; target: string; label: MessageKey }[] = [
  { field: 'title', target: 'symposium-title', label: 'organise.form.title' },
  { field: 'description', target: 'symposium-description', label: 'organise.form.description' },
  { field: 'startsOn', target: 'symposium-startsOn', label: 'organise.form.startsOn' },
  { field: 'endsOn', target: 'symposium-endsOn', label: 'organise.form.endsOn' },
  { field: 'timeZone', target: 'symposium-timeZone', label: 'organise.form.timeZone' },
  { field: 'venue.physical', target: 'symposium-venuePhysical', label: 'organise.form.venuePhysical' },
  { field: 'venue.virtualUrl', target: 'symposium-venueVirtualUrl', label: 'organise.form.venueVirtualUrl' },
  { field: 'capacity', target: 'symposium-capacity', label: 'organise.form.capacity' },
  { field: 'registrationOpensAt', target: 'symposium-registrationOpensAt', label: 'organise.form.registrationOpensAt' },
  { field: 'registrationClosesAt', target: 'symposium-registrationClosesAt', label: 'organise.form.registrationClosesAt' },
  { field: 'approvalMode', target: 'symposium-approvalMode-AUTOMATIC', label: 'organise.form.approvalMode' },
  { field: 'maxStrandsPerParticipant', target: 'symposium-maxStrandsPerParticipant', label: 'organise.form.maxStrands' },
  { field: 'offerClaimWindowHours', target: 'symposium-offerClaimWindowHours', label: 'organise.form.claimWindow' },
];

const STRAND_FIELDS = ['id', 'title', 'description', 'cap'] as const;
const strandLabel = (part: (typeof STRAND_FIELDS)[number]) => t(`organise.form.strand.${part}`);

function summaryOf(errors: Errors, strandCount: number): SummaryItem[] {
  const items: SummaryItem[] = [];
  const known = new Set<string>();
  for (const { field, target, label } of FIELDS) {
    for (const message of errors[field] ?? []) items.push({ target, text: t('form.fieldError', { label: t(label), message }) });
    known.add(field);
  }
  for (const message of errors.strands ?? []) {
    items.push({ target: 'symposium-add-strand', text: t('form.fieldError', { label: t('organise.form.strands'), message }) });
  }
  known.add('strands');
  for (let index = 0; index < strandCount; index++) {
    for (const part of STRAND_FIELDS) {
      const field = `strands[${index}].${part}`;
      known.add(field);
      for (const message of errors[field] ?? []) {
        items.push({
          target: `symposium-strand-${index}-${part}`,
          text: t('form.fieldError', { label: t('organise.form.strandField', { number: index + 1, field: strandLabel(part) }), message }),
        });
      }
    }
  }
  for (const [field, messages] of Object.entries(errors)) {
    if (known.has(field)) continue;
    for (const message of messages) {
      items.push({ target: 'symposium-title', text: t('form.fieldError', { label: field, message }) });
    }
  }
  return items;
}

/**
 * Creating or editing a symposium. Times of the registration window are typed as at the venue (its
 * time zone) and sent as instants; an edit sends If-Match with the version it started from.
 */
export function SymposiumForm({
  initial,
  existing,
  onSaved,
  onCancel,
  onReload,
}: {
  initial: SymposiumFormState;
  existing: Symposium | null;
  onSaved: (symposium: Symposium) => void;
  onCancel?: () => void;
  onReload?: () => void;
}) {
  const [form, setForm] = useState<SymposiumFormState>(initial);
  const [fieldErrors, setFieldErrors] = useState<Errors>({});
  /** Counts the submits: the error summary takes the focus once for each one that produced errors. */
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  /** After "Add a strand", the new strand's title takes the focus once it is drawn. */
  const focusNewStrand = useRef(false);
  const addStrand = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const set =
    <K extends keyof SymposiumFormState>(name: K) =>
    (value: SymposiumFormState[K]) =>
      setForm((previous) => ({ ...previous, [name]: value }));
  const setStrand = (key: number, part: (typeof STRAND_FIELDS)[number]) => (value: string) =>
    setForm((previous) => ({
      ...previous,
      strands: previous.strands.map((strand) => (strand.key === key ? { ...strand, [part]: value } : strand)),
    }));

  useEffect(() => {
    if (existing) heading.current?.focus(); // "Edit details" is gone: the form's heading takes the focus
  }, [existing]);
  useEffect(() => {
    if (!focusNewStrand.current) return;
    focusNewStrand.current = false;
    document.getElementById(`symposium-strand-${form.strands.length - 1}-title`)?.focus();
  }, [form.strands.length]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setError(null);
    const { draft, errors } = draftOf(form);
    setFieldErrors(errors);
    if (!draft) return;
    setBusy(true);
    setStatus(t('organise.form.saving'));
    try {
      const { data } = existing
        ? await organise.editSymposium(existing.id, draft, existing.version)
        : await organise.createSymposium(draft);
      setStatus('');
      onSaved(data);
    } catch (caught) {
      setStatus('');
      const failure = asApiError(caught);
      if (Object.keys(failure.fieldErrors).length > 0) setFieldErrors(failure.fieldErrors);
      else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const errorsOf = (field: string) => fieldErrors[field] ?? [];
  const zone = validTimeZone(form.timeZone.trim());
  const windowHint = zone ? t('organise.form.windowHint', { zone }) : t('organise.form.windowHintNoZone');
  const strandErrors = fieldErrors.strands ?? [];
  const strandCount = form.strands.length;
  const summary = useMemo(() => summaryOf(fieldErrors, strandCount), [fieldErrors, strandCount]);
  const titleId = existing ? 'symposium-edit-title' : 'symposium-create-title';

  return (
    <section aria-labelledby={titleId} className="panel">
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {existing ? t('organise.form.editTitle') : t('organise.form.createTitle')}
      </h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary id="symposium-errors" items={summary} attempt={attempt} />
        {error ? (
          <div role="alert" className="problem">
            <p>{error.status === 412 ? t('organise.form.stale') : problemReason(error)}</p>
            {error.status === 412 && onReload ? (
              <button type="button" className="button button--secondary" onClick={onReload}>
                {t('organise.form.reload')}
              </button>
            ) : null}
          </div>
        ) : null}
        <TextField id="symposium-title" label={t('organise.form.title')} value={form.title} onChange={set('title')} maxLength={200} errors={errorsOf('title')} required />
        <TextArea
          id="symposium-description"
          label={t('organise.form.description')}
          hint={t('organise.form.descriptionHint')}
          value={form.description}
          onChange={set('description')}
          maxLength={5000}
          rows={4}
          errors={errorsOf('description')}
        />
        <fieldset className="fieldset">
          <legend>{t('organise.form.when')}</legend>
          <div className="field-row">
            <InputField id="symposium-startsOn" type="date" label={t('organise.form.startsOn')} value={form.startsOn} onChange={set('startsOn')} errors={errorsOf('startsOn')} required />
            <InputField id="symposium-endsOn" type="date" label={t('organise.form.endsOn')} value={form.endsOn} onChange={set('endsOn')} errors={errorsOf('endsOn')} required />
          </div>
          <TextField
            id="symposium-timeZone"
            label={t('organise.form.timeZone')}
            hint={t('organise.form.timeZoneHint')}
            value={form.timeZone}
            onChange={set('timeZone')}
            maxLength={60}
            spellCheck={false}
            errors={errorsOf('timeZone')}
            required
          />
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('organise.form.where')}</legend>
          <TextField id="symposium-venuePhysical" label={t('organise.form.venuePhysical')} value={form.venuePhysical} onChange={set('venuePhysical')} maxLength={300} errors={errorsOf('venue.physical')} />
          <TextField
            id="symposium-venueVirtualUrl"
            label={t('organise.form.venueVirtualUrl')}
            hint={t('organise.form.venueVirtualUrlHint')}
            value={form.venueVirtualUrl}
            onChange={set('venueVirtualUrl')}
            maxLength={500}
            inputMode="url"
            spellCheck={false}
            errors={errorsOf('venue.virtualUrl')}
          />
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('organise.form.registration')}</legend>
          <InputField
            id="symposium-capacity"
            type="number"
            min={1}
            compact
            label={t('organise.form.capacity')}
            hint={t('organise.form.capacityHint')}
            value={form.capacity}
            onChange={set('capacity')}
            errors={errorsOf('capacity')}
            required
          />
          <div className="field-row">
            <InputField id="symposium-registrationOpensAt" type="datetime-local" label={t('organise.form.registrationOpensAt')} hint={windowHint} value={form.registrationOpensAt} onChange={set('registrationOpensAt')} errors={errorsOf('registrationOpensAt')} required />
            <InputField id="symposium-registrationClosesAt" type="datetime-local" label={t('organise.form.registrationClosesAt')} hint={windowHint} value={form.registrationClosesAt} onChange={set('registrationClosesAt')} errors={errorsOf('registrationClosesAt')} required />
          </div>
          <fieldset
            className={errorsOf('approvalMode').length ? 'fieldset field--invalid' : 'fieldset'}
            aria-describedby={describedBy(errorsOf('approvalMode').length > 0 && 'symposium-approvalMode-error')}
          >
            <legend>{t('organise.form.approvalMode')}</legend>
            <FieldErrors id="symposium-approvalMode-error" label={t('organise.form.approvalMode')} messages={errorsOf('approvalMode')} />
            <ul className="choice-list">
              {(['AUTOMATIC', 'MODERATED'] as const).map((mode) => (
                <li key={mode} className="field--checkbox">
                  <input
                    type="radio"
                    name="symposium-approvalMode"
                    id={`symposium-approvalMode-${mode}`}
                    className="checkbox"
                    value={mode}
                    checked={form.approvalMode === mode}
                    aria-describedby={`symposium-approvalMode-${mode}-hint`}
                    onChange={() => set('approvalMode')(mode)}
                  />
                  <div>
                    <label htmlFor={`symposium-approvalMode-${mode}`}>{t(`organise.approvalMode.${mode}`)}</label>
                    <p id={`symposium-approvalMode-${mode}-hint`} className="field__hint">
                      {t(`organise.approvalMode.${mode}.hint`)}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          </fieldset>
          <InputField
            id="symposium-offerClaimWindowHours"
            type="number"
            min={1}
            max={336}
            compact
            label={t('organise.form.claimWindow')}
            hint={t('organise.form.claimWindowHint')}
            value={form.offerClaimWindowHours}
            onChange={set('offerClaimWindowHours')}
            errors={errorsOf('offerClaimWindowHours')}
          />
        </fieldset>
        <fieldset
          className={strandErrors.length ? 'fieldset field--invalid' : 'fieldset'}
          aria-describedby={describedBy('symposium-strands-hint', strandErrors.length > 0 && 'symposium-strands-error')}
        >
          <legend>{t('organise.form.strands')}</legend>
          <p id="symposium-strands-hint" className="field__hint">
            {existing?.status === 'DRAFT' || !existing ? t('organise.form.strandsHint') : t('organise.form.strandsHintPublished')}
          </p>
          <FieldErrors id="symposium-strands-error" label={t('organise.form.strands')} messages={strandErrors} />
          {form.strands.length === 0 ? <p className="empty">{t('organise.form.defaultStrands')}</p> : null}
          <ol className="strand-rows">
            {form.strands.map((strand, index) => (
              <li key={strand.key} className="strand-row">
                <fieldset className="fieldset">
                  <legend>{t('organise.form.strandNumber', { number: index + 1 })}</legend>
                  {STRAND_FIELDS.map((part) => {
                    const id = `symposium-strand-${index}-${part}`;
                    const label = t('organise.form.strandField', { number: index + 1, field: strandLabel(part) });
                    const errors = errorsOf(`strands[${index}].${part}`);
                    return part === 'cap' ? (
                      <InputField key={part} id={id} type="number" min={1} compact label={label} hint={t('organise.form.strand.capHint')} value={strand.cap} onChange={setStrand(strand.key, 'cap')} errors={errors} />
                    ) : part === 'description' ? (
                      <TextArea key={part} id={id} label={label} value={strand.description} onChange={setStrand(strand.key, 'description')} maxLength={2000} rows={2} errors={errors} />
                    ) : (
                      <TextField
                        key={part}
                        id={id}
                        label={label}
                        hint={part === 'id' ? t('organise.form.strand.idHint') : undefined}
                        value={strand[part]}
                        onChange={setStrand(strand.key, part)}
                        maxLength={part === 'id' ? 40 : 200}
                        spellCheck={part === 'id' ? false : undefined}
                        errors={errors}
                        required={part === 'title'}
                      />
                    );
                  })}
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => {
                      setForm((previous) => ({ ...previous, strands: previous.strands.filter((s) => s.key !== strand.key) }));
                      setStatus(t('organise.form.strandRemoved', { number: index + 1 }));
                      addStrand.current?.focus();
                    }}
                  >
                    {t('organise.form.removeStrand', { number: index + 1 })}
                  </button>
                </fieldset>
              </li>
            ))}
          </ol>
          <button
            ref={addStrand}
            id="symposium-add-strand"
            type="button"
            className="button button--secondary"
            disabled={form.strands.length >= 20}
            onClick={() => {
              setForm((previous) => ({
                ...previous,
                strands: [...previous.strands, { key: nextKey++, id: '', title: '', description: '', cap: '' }],
              }));
              focusNewStrand.current = true;
            }}
          >
            {t('organise.form.addStrand')}
          </button>
          <InputField
            id="symposium-maxStrandsPerParticipant"
            type="number"
            min={1}
            max={5}
            compact
            label={t('organise.form.maxStrands')}
            hint={t('organise.form.maxStrandsHint')}
            value={form.maxStrandsPerParticipant}
            onChange={set('maxStrandsPerParticipant')}
            errors={errorsOf('maxStrandsPerParticipant')}
          />
        </fieldset>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {existing ? t('organise.form.save') : t('organise.form.create')}
          </button>
          {onCancel ? (
            <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
              {t('organise.form.cancel')}
            </button>
          ) : null}
        </div>
        <StatusMessage>{status}</StatusMessage>
      </form>
    </section>
  );
}
