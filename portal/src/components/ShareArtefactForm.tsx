import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError, messagesFor } from '../api/client';
import { library } from '../api/endpoints';
import {
  LICENCES,
  PRINCIPLES,
  VISIBILITIES,
  type LibraryArtefact,
  type NewArtefact,
  type Symposium,
  type Visibility,
} from '../api/types';
import { t, type MessageKey } from '../i18n/i18n';
import { FileField, UploadProgressBar, uploadProblemText, useArtefactUpload } from './ArtefactUpload';
import { licenceLabel } from './ArtefactCard';
import { principleName } from './DialogueFacts';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';
import { CheckboxField, describedBy, FieldErrors, SelectField, TextArea, TextField } from './Fields';
import { problemReason, StatusMessage } from './Status';

const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError({ type: 'about:blank', status: 0 });

export interface ShareForm {
  kind: 'FILE' | 'LINK';
  title: string;
  description: string;
  url: string;
  strandIds: string[];
  principles: number[];
  tags: string;
  language: string;
  licence: string;
  visibility: Visibility;
  containsLearnersWork: '' | 'yes' | 'no';
  consentObtained: boolean;
  anonymised: boolean;
}

export function emptyShareForm(language: string | null | undefined): ShareForm {
  return {
    kind: 'FILE',
    title: '',
    description: '',
    url: '',
    strandIds: [],
    principles: [],
    tags: '',
    language: language?.trim() || 'en',
    licence: '',
    visibility: 'PARTICIPANTS',
    containsLearnersWork: '',
    consentObtained: false,
    anonymised: false,
  };
}

/** The POST body: empty optional text is left out (null), tags split at commas. */
export function newArtefactOf(symposiumId: string, form: ShareForm): NewArtefact {
  const learners = form.containsLearnersWork === 'yes';
  return {
    symposiumId,
    kind: form.kind,
    url: form.kind === 'LINK' ? form.url.trim() : null,
    details: {
      title: form.title.trim(),
      description: form.description.trim() || null,
      strandIds: form.strandIds,
      principles: [...form.principles].sort((a, b) => a - b),
      tags: form.tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      language: form.language.trim(),
      licence: form.licence,
      visibility: form.visibility,
      safeguarding: {
        containsLearnersWork: learners,
        consentObtained: learners ? form.consentObtained : null,
        anonymised: learners ? form.anonymised : null,
      },
    },
    dialogueIds: [],
  };
}

/**
 * The API's field names, shortened to the form's: bean validation names them `details.title`,
 * `details.strandIds[0]`, the service's own rules `licence` and `safeguarding.consentObtained`.
 */
export function shareFieldOf(field: string): string {
  const name = field.replace(/^details\./, '');
  if (name.startsWith('safeguarding.')) return name.replace(/^(safeguarding\.\w+).*$/, '$1');
  return name.replace(/[[.].*$/, '');
}

const LABELS: Record<string, MessageKey> = {
  kind: 'share.field.kind',
  url: 'share.field.url',
  file: 'upload.file',
  title: 'share.field.title',
  description: 'share.field.description',
  strandIds: 'share.field.strands',
  principles: 'share.field.principles',
  tags: 'share.field.tags',
  language: 'share.field.language',
  licence: 'share.field.licence',
  visibility: 'share.field.visibility',
  safeguarding: 'share.field.safeguarding',
  'safeguarding.containsLearnersWork': 'share.field.containsLearnersWork',
  'safeguarding.consentObtained': 'share.field.consentObtained',
  'safeguarding.anonymised': 'share.field.anonymised',
};

/** The control a field's error summary entry leads to (the first of a group). */
function targetOf(field: string, symposium: Symposium): string {
  switch (field) {
    case 'kind':
      return 'share-kind-FILE';
    case 'strandIds':
      return `share-strand-${symposium.strands[0]?.id ?? ''}`;
    case 'principles':
      return 'share-principle-1';
    case 'visibility':
      return 'share-visibility-PARTICIPANTS';
    case 'safeguarding':
    case 'safeguarding.containsLearnersWork':
      return 'share-learners-yes';
    case 'safeguarding.consentObtained':
      return 'share-consent';
    case 'safeguarding.anonymised':
      return 'share-anonymised';
    default:
      return `share-${field}`;
  }
}

/** Groups of checkboxes (strands, principles) with a legend, hint and errors, like the proposal form's. */
function CheckboxGroup<T extends string | number>({
  idPrefix,
  legend,
  hint,
  options,
  selected,
  onChange,
  errors,
  required,
}: {
  idPrefix: string;
  legend: string;
  hint: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  errors: string[];
  required?: boolean;
}) {
  return (
    <fieldset
      className={errors.length ? 'fieldset field--invalid' : 'fieldset'}
      aria-describedby={describedBy(`${idPrefix}-hint`, errors.length > 0 && `${idPrefix}-error`)}
    >
      <legend>
        {legend}
        {required ? <span className="field__required"> {t('form.required')}</span> : null}
      </legend>
      <p id={`${idPrefix}-hint`} className="field__hint">
        {hint}
      </p>
      <FieldErrors id={`${idPrefix}-error`} label={legend} messages={errors} />
      <ul className="choice-list">
        {options.map((option) => (
          <li key={option.value} className="field--checkbox">
            <input
              type="checkbox"
              id={`${idPrefix}-${option.value}`}
              className="checkbox"
              checked={selected.includes(option.value)}
              onChange={(e) =>
                onChange(
                  e.target.checked
                    ? options.map((o) => o.value).filter((v) => v === option.value || selected.includes(v))
                    : selected.filter((v) => v !== option.value),
                )
              }
            />
            <label htmlFor={`${idPrefix}-${option.value}`}>{option.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * Describes an artefact (POST /api/v1/artefacts) and, for a file, uploads it with a progress bar. A
 * refused upload leaves the described artefact waiting for its file: the form then offers only the
 * file again, so nothing is described twice.
 */
export function ShareArtefactForm({
  symposium,
  language,
  onDescribed,
  onShared,
  onCancel,
}: {
  symposium: Symposium;
  language: string | null | undefined;
  onDescribed: (artefact: LibraryArtefact) => void;
  onShared: (artefact: LibraryArtefact, message: string) => void;
  onCancel: () => void;
}) {
  const [form, setForm] = useState<ShareForm>(() => emptyShareForm(language));
  const [file, setFile] = useState<File | null>(null);
  const [described, setDescribed] = useState<LibraryArtefact | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  /** Counts the submits: the error summary takes the focus once for each one that produced errors. */
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const upload = useArtefactUpload();
  const heading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const set = <K extends keyof ShareForm>(name: K) => (value: ShareForm[K]) =>
    setForm((previous) => ({ ...previous, [name]: value }));
  const errorsOf = (field: string) => messagesFor(fieldErrors, field);
  const label = (field: string) => t(LABELS[field] ?? 'share.field.other');
  const summary: SummaryItem[] = useMemo(
    () =>
      Object.entries(fieldErrors).flatMap(([field, messages]) =>
        messages.map((message) => ({
          target: field === 'file' ? 'share-file' : targetOf(field, symposium),
          text:
            field === 'file'
              ? message
              : LABELS[field]
                ? t('form.fieldError', { label: t(LABELS[field]!), message })
                : `${field} ${message}`,
        })),
      ),
    [fieldErrors, symposium],
  );

  const sendFile = async (artefact: LibraryArtefact, chosen: File) => {
    setStatus(t('share.uploading'));
    const uploaded = await upload.start(artefact.id, chosen);
    setStatus('');
    if (uploaded) onShared(uploaded, t('share.shared', { title: uploaded.details.title }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setError(null);
    const local: Record<string, string[]> = {};
    if (!described) {
      if (form.strandIds.length === 0) local.strandIds = [t('share.chooseStrand')];
      if (form.containsLearnersWork === '') local['safeguarding.containsLearnersWork'] = [t('share.answerRequired')];
    }
    if ((described?.kind ?? form.kind) === 'FILE' && !file) local.file = [t('upload.chooseFileSentence')];
    if (Object.keys(local).length > 0) {
      setFieldErrors(local);
      return;
    }
    setFieldErrors({});
    if (described) {
      await sendFile(described, file!);
      return;
    }
    setBusy(true);
    setStatus(t('share.describing'));
    try {
      const { data } = await library.describe(newArtefactOf(symposium.id, form));
      setStatus('');
      onDescribed(data);
      if (data.kind === 'LINK') {
        onShared(data, t('share.shared', { title: data.details.title }));
        return;
      }
      setDescribed(data);
      setBusy(false);
      await sendFile(data, file!);
    } catch (caught) {
      setStatus('');
      const failure = asApiError(caught);
      const fields: Record<string, string[]> = {};
      for (const [field, messages] of Object.entries(failure.fieldErrors)) {
        (fields[shareFieldOf(field)] ??= []).push(...messages);
      }
      if (Object.keys(fields).length > 0) setFieldErrors(fields);
      else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const uploading = upload.state.phase === 'uploading';
  const fileErrors = [
    ...errorsOf('file'),
    ...(upload.state.phase === 'failed' ? [uploadProblemText(upload.state.error)] : []),
  ];
  const fileField = (
    <FileField
      id="share-file"
      inputRef={fileInput}
      label={label('file')}
      hint={t('upload.fileHint')}
      errors={fileErrors}
      required
      disabled={uploading}
      onChange={(chosen) => {
        setFile(chosen);
        if (upload.state.phase === 'failed') upload.reset();
      }}
    />
  );
  const actions = uploading ? (
    <UploadProgressBar id="share-progress" fileName={file?.name ?? ''} progress={upload.state.phase === 'uploading' ? upload.state.progress : null} onCancel={upload.cancel} />
  ) : (
    <div className="actions">
      <button type="submit" className="button" disabled={busy}>
        {described ? t('share.uploadAgain') : t('share.submit')}
      </button>
      <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
        {described ? t('share.later') : t('share.cancel')}
      </button>
    </div>
  );

  const learnersErrors = errorsOf('safeguarding.containsLearnersWork');
  const visibilityErrors = errorsOf('visibility');
  const kindErrors = errorsOf('kind');

  return (
    <section aria-labelledby="share-heading" className="panel">
      <h2 id="share-heading" ref={heading} tabIndex={-1}>
        {t('share.title')}
      </h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary id="share-errors" items={summary} attempt={attempt} />
        {error ? (
          <div role="alert" className="problem">
            <p>{problemReason(error)}</p>
          </div>
        ) : null}
        {described ? (
          <>
            <p className="notice">{t('share.describedAwaitingFile', { title: described.details.title })}</p>
            {fileField}
          </>
        ) : (
          <>
            <fieldset
              className={kindErrors.length ? 'fieldset field--invalid' : 'fieldset'}
              aria-describedby={describedBy(kindErrors.length > 0 && 'share-kind-error')}
            >
              <legend>{label('kind')}</legend>
              <FieldErrors id="share-kind-error" label={label('kind')} messages={kindErrors} />
              <ul className="choice-list">
                {(['FILE', 'LINK'] as const).map((kind) => (
                  <li key={kind}>
                    <input
                      type="radio"
                      id={`share-kind-${kind}`}
                      name="share-kind"
                      className="checkbox"
                      checked={form.kind === kind}
                      onChange={() => set('kind')(kind)}
                    />
                    <label htmlFor={`share-kind-${kind}`}>{t(`share.kind.${kind}`)}</label>
                  </li>
                ))}
              </ul>
            </fieldset>
            {form.kind === 'FILE' ? (
              fileField
            ) : (
              <TextField
                id="share-url"
                label={label('url')}
                hint={t('share.urlHint')}
                value={form.url}
                onChange={set('url')}
                maxLength={2000}
                inputMode="url"
                errors={errorsOf('url')}
                required
              />
            )}
            <TextField id="share-title" label={label('title')} value={form.title} onChange={set('title')} maxLength={200} errors={errorsOf('title')} required />
            <TextArea
              id="share-description"
              label={label('description')}
              hint={t('share.descriptionHint')}
              value={form.description}
              onChange={set('description')}
              maxLength={4000}
              rows={4}
              errors={errorsOf('description')}
            />
            <CheckboxGroup
              idPrefix="share-strand"
              legend={label('strandIds')}
              hint={t('share.strandsHint')}
              options={symposium.strands.map((strand) => ({ value: strand.id, label: strand.title }))}
              selected={form.strandIds}
              onChange={set('strandIds')}
              errors={errorsOf('strandIds')}
              required
            />
            <CheckboxGroup
              idPrefix="share-principle"
              legend={label('principles')}
              hint={t('share.principlesHint')}
              options={PRINCIPLES.map((principle) => ({ value: principle, label: principleName(principle) }))}
              selected={form.principles}
              onChange={set('principles')}
              errors={errorsOf('principles')}
            />
            <TextField id="share-tags" label={label('tags')} hint={t('share.tagsHint')} value={form.tags} onChange={set('tags')} errors={errorsOf('tags')} />
            <TextField
              id="share-language"
              label={label('language')}
              hint={t('share.languageHint')}
              value={form.language}
              onChange={set('language')}
              maxLength={35}
              errors={errorsOf('language')}
              required
            />
            <SelectField
              id="share-licence"
              label={label('licence')}
              hint={t('share.licenceHint')}
              value={form.licence}
              onChange={set('licence')}
              emptyLabel={t('share.chooseLicence')}
              options={LICENCES.map((licence) => ({ value: licence, label: licenceLabel(licence) }))}
              errors={errorsOf('licence')}
              required
            />
            <fieldset
              className={visibilityErrors.length ? 'fieldset field--invalid' : 'fieldset'}
              aria-describedby={describedBy(visibilityErrors.length > 0 && 'share-visibility-error')}
            >
              <legend>
                {label('visibility')}
                <span className="field__required"> {t('form.required')}</span>
              </legend>
              <FieldErrors id="share-visibility-error" label={label('visibility')} messages={visibilityErrors} />
              <ul className="choice-list choice-list--described">
                {VISIBILITIES.map((visibility) => (
                  <li key={visibility} className="field--checkbox">
                    <input
                      type="radio"
                      id={`share-visibility-${visibility}`}
                      name="share-visibility"
                      className="checkbox"
                      checked={form.visibility === visibility}
                      aria-describedby={`share-visibility-${visibility}-hint`}
                      onChange={() => set('visibility')(visibility)}
                    />
                    <div>
                      <label htmlFor={`share-visibility-${visibility}`} className="field__label">
                        {t(`visibility.${visibility}`)}
                      </label>
                      <p id={`share-visibility-${visibility}-hint`} className="field__hint">
                        {t(`visibility.${visibility}.hint`)}
                      </p>
                    </div>
                  </li>
                ))}
              </ul>
            </fieldset>
            <fieldset className="fieldset" aria-describedby="share-safeguarding-hint">
              <legend>
                {label('safeguarding')}
                <span className="field__required"> {t('form.required')}</span>
              </legend>
              <p id="share-safeguarding-hint" className="field__hint">
                {t('share.safeguardingHint')}
              </p>
              <fieldset
                className={learnersErrors.length ? 'fieldset fieldset--nested field--invalid' : 'fieldset fieldset--nested'}
                aria-describedby={describedBy(learnersErrors.length > 0 && 'share-learners-error')}
              >
                <legend>{label('safeguarding.containsLearnersWork')}</legend>
                <FieldErrors id="share-learners-error" label={label('safeguarding.containsLearnersWork')} messages={learnersErrors} />
                <ul className="choice-list">
                {(['yes', 'no'] as const).map((answer) => (
                  <li key={answer}>
                    <input
                      type="radio"
                      id={`share-learners-${answer}`}
                      name="share-learners"
                      className="checkbox"
                      checked={form.containsLearnersWork === answer}
                      aria-invalid={learnersErrors.length > 0 ? true : undefined}
                      onChange={() => set('containsLearnersWork')(answer)}
                    />
                    <label htmlFor={`share-learners-${answer}`}>{t(`share.answer.${answer}`)}</label>
                  </li>
                ))}
                </ul>
              </fieldset>
              {form.containsLearnersWork === 'yes' ? (
                <>
                  <CheckboxField
                    id="share-consent"
                    label={label('safeguarding.consentObtained')}
                    hint={t('share.consentHint')}
                    checked={form.consentObtained}
                    onChange={set('consentObtained')}
                    errors={errorsOf('safeguarding.consentObtained')}
                  />
                  <CheckboxField
                    id="share-anonymised"
                    label={label('safeguarding.anonymised')}
                    hint={t('share.anonymisedHint')}
                    checked={form.anonymised}
                    onChange={set('anonymised')}
                    errors={errorsOf('safeguarding.anonymised')}
                  />
                </>
              ) : null}
            </fieldset>
          </>
        )}
        {actions}
        <StatusMessage>{status}</StatusMessage>
      </form>
    </section>
  );
}

