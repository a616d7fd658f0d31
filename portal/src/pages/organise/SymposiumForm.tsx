import { useEffect, useMemo, useRef, type FormEvent } from 'react';
import { organise } from '../../api/endpoints';
import type { Symposium, SymposiumDraft } from '../../api/types';
import type { SummaryItem } from '../../components/ErrorSummary';
import { describedBy, FieldErrors, InputField, TextArea, TextField } from '../../components/Fields';
import { FormActions, FormPanel } from '../../components/FormPanel';
import { SaveProblem } from '../../components/Status';
import { fieldProps, useFormValues } from '../../components/useFormValues';
import { useProblemForm } from '../../components/useProblemForm';
import { browserTimeZone, t, validTimeZone, type MessageKey } from '../../i18n/i18n';
import { wholeNumber } from './common';
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
  const { values: form, setValues: setForm, set } = useFormValues<SymposiumFormState>(initial);
  const { fieldErrors, attempt, error, busy, status, setStatus, begin, send } = useProblemForm();
  /** After "Add a strand", the new strand's title takes the focus once it is drawn. */
  const focusNewStrand = useRef(false);
  const addStrand = useRef<HTMLButtonElement>(null);
  const setStrand = (key: number, part: (typeof STRAND_FIELDS)[number]) => (value: string) =>
    setForm((previous) => ({
      ...previous,
      strands: previous.strands.map((strand) => (strand.key === key ? { ...strand, [part]: value } : strand)),
    }));

  useEffect(() => {
    if (!focusNewStrand.current) return;
    focusNewStrand.current = false;
    document.getElementById(`symposium-strand-${form.strands.length - 1}-title`)?.focus();
  }, [form.strands.length]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const { draft, errors } = draftOf(form);
    if (!begin(errors) || !draft) return;
    await send(
      async () => {
        const { data } = existing
          ? await organise.editSymposium(existing.id, draft, existing.version)
          : await organise.createSymposium(draft);
        onSaved(data);
      },
      { pending: t('organise.form.saving') },
    );
  };

  const errorsOf = (field: string) => fieldErrors[field] ?? [];
  /** A field of the form by its name in the form: its API field and label (FIELDS). */
  const fieldOf = (name: string) => FIELDS.find((f) => f.target === `symposium-${name}`)!;
  const field = fieldProps('symposium', form, set, (name) => t(fieldOf(name).label), (name) => errorsOf(fieldOf(name).field));
  const zone = validTimeZone(form.timeZone.trim());
  const windowHint = zone ? t('organise.form.windowHint', { zone }) : t('organise.form.windowHintNoZone');
  const strandErrors = fieldErrors.strands ?? [];
  const strandCount = form.strands.length;
  const summary = useMemo(() => summaryOf(fieldErrors, strandCount), [fieldErrors, strandCount]);

  return (
    <FormPanel
      titleId={existing ? 'symposium-edit-title' : 'symposium-create-title'}
      title={existing ? t('organise.form.editTitle') : t('organise.form.createTitle')}
      focus={existing}
      errorsId="symposium-errors"
      summary={summary}
      attempt={attempt}
      problem={<SaveProblem error={error} stale={t('organise.form.stale')} reload={t('organise.form.reload')} onReload={onReload} />}
      onSubmit={onSubmit}
      actions={
        <FormActions
          busy={busy}
          submit={existing ? t('organise.form.save') : t('organise.form.create')}
          cancel={t('organise.form.cancel')}
          onCancel={onCancel}
        />
      }
      status={status}
    >
      <TextField {...field('title')} maxLength={200} required />
      <TextArea {...field('description')} hint={t('organise.form.descriptionHint')} maxLength={5000} rows={4} />
      <fieldset className="fieldset">
        <legend>{t('organise.form.when')}</legend>
        <div className="field-row">
          <InputField {...field('startsOn')} type="date" required />
          <InputField {...field('endsOn')} type="date" required />
        </div>
        <TextField {...field('timeZone')} hint={t('organise.form.timeZoneHint')} maxLength={60} spellCheck={false} required />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('organise.form.where')}</legend>
        <TextField {...field('venuePhysical')} maxLength={300} />
        <TextField {...field('venueVirtualUrl')} hint={t('organise.form.venueVirtualUrlHint')} maxLength={500} inputMode="url" spellCheck={false} />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('organise.form.registration')}</legend>
        <InputField {...field('capacity')} type="number" min={1} compact hint={t('organise.form.capacityHint')} required />
        <div className="field-row">
          <InputField {...field('registrationOpensAt')} type="datetime-local" hint={windowHint} required />
          <InputField {...field('registrationClosesAt')} type="datetime-local" hint={windowHint} required />
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
        <InputField {...field('offerClaimWindowHours')} type="number" min={1} max={336} compact hint={t('organise.form.claimWindowHint')} />
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
        <InputField {...field('maxStrandsPerParticipant')} type="number" min={1} max={5} compact hint={t('organise.form.maxStrandsHint')} />
      </fieldset>
    </FormPanel>
  );
}
