import { useMemo, useRef, useState, type FormEvent } from 'react';
import { messagesFor } from '../api/client';
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
import type { SummaryItem } from './ErrorSummary';
import { CheckboxField, CheckboxGroup, describedBy, FieldErrors, RadioGroup, SelectField, TextArea, TextField } from './Fields';
import { FormActions, FormPanel } from './FormPanel';
import { ProblemAlert } from './Status';
import { fieldProps, useFormValues } from './useFormValues';
import { useProblemForm, type FieldMessages } from './useProblemForm';

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
  const { values: form, set } = useFormValues<ShareForm>(() => emptyShareForm(language));
  const [file, setFile] = useState<File | null>(null);
  const [described, setDescribed] = useState<LibraryArtefact | null>(null);
  const { fieldErrors, attempt, error, busy, setBusy, status, setStatus, begin, send } = useProblemForm();
  const upload = useArtefactUpload();
  const fileInput = useRef<HTMLInputElement>(null);


  const errorsOf = (field: string) => messagesFor(fieldErrors, field);
  const label = (field: string) => t(LABELS[field] ?? 'share.field.other');
  const field = fieldProps('share', form, set, label, errorsOf);
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
    const local: FieldMessages = {};
    if (!described) {
      if (form.strandIds.length === 0) local.strandIds = [t('share.chooseStrand')];
      if (form.containsLearnersWork === '') local['safeguarding.containsLearnersWork'] = [t('share.answerRequired')];
    }
    if ((described?.kind ?? form.kind) === 'FILE' && !file) local.file = [t('upload.chooseFileSentence')];
    if (!begin(local)) return;
    if (described) {
      await sendFile(described, file!);
      return;
    }
    await send(
      async () => {
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
      },
      {
        pending: t('share.describing'),
        fieldsOf: (failure) => {
          const fields: FieldMessages = {};
          for (const [field, messages] of Object.entries(failure.fieldErrors)) {
            (fields[shareFieldOf(field)] ??= []).push(...messages);
          }
          return fields;
        },
      },
    );
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
    <FormActions
      busy={busy}
      submit={described ? t('share.uploadAgain') : t('share.submit')}
      cancel={described ? t('share.later') : t('share.cancel')}
      onCancel={onCancel}
    />
  );

  const visibilityErrors = errorsOf('visibility');

  return (
    <FormPanel
      titleId="share-heading"
      title={t('share.title')}
      focus
      errorsId="share-errors"
      summary={summary}
      attempt={attempt}
      problem={<ProblemAlert error={error} />}
      onSubmit={onSubmit}
      actions={actions}
      status={status}
    >
      {described ? (
        <>
          <p className="notice">{t('share.describedAwaitingFile', { title: described.details.title })}</p>
          {fileField}
        </>
      ) : (
        <>
          <RadioGroup
            idPrefix="share-kind"
            legend={label('kind')}
            options={(['FILE', 'LINK'] as const).map((kind) => ({ value: kind, label: t(`share.kind.${kind}`) }))}
            value={form.kind}
            onChange={set('kind')}
            errors={errorsOf('kind')}
          />
          {form.kind === 'FILE' ? (
            fileField
          ) : (
            <TextField {...field('url')} hint={t('share.urlHint')} maxLength={2000} inputMode="url" required />
          )}
          <TextField {...field('title')} maxLength={200} required />
          <TextArea {...field('description')} hint={t('share.descriptionHint')} maxLength={4000} rows={4} />
          <CheckboxGroup
            id="share-strand"
            legend={label('strandIds')}
            hint={t('share.strandsHint')}
            options={symposium.strands.map((strand) => ({ value: strand.id, label: strand.title }))}
            selected={form.strandIds}
            onChange={set('strandIds')}
            errors={errorsOf('strandIds')}
            required
          />
          <CheckboxGroup
            id="share-principle"
            legend={label('principles')}
            hint={t('share.principlesHint')}
            options={PRINCIPLES.map((principle) => ({ value: principle, label: principleName(principle) }))}
            selected={form.principles}
            onChange={set('principles')}
            errors={errorsOf('principles')}
          />
          <TextField {...field('tags')} hint={t('share.tagsHint')} />
          <TextField {...field('language')} hint={t('share.languageHint')} maxLength={35} required />
          <SelectField
            {...field('licence')}
            hint={t('share.licenceHint')}
            emptyLabel={t('share.chooseLicence')}
            options={LICENCES.map((licence) => ({ value: licence, label: licenceLabel(licence) }))}
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
            <RadioGroup
              idPrefix="share-learners"
              legend={label('safeguarding.containsLearnersWork')}
              options={(['yes', 'no'] as const).map((answer) => ({ value: answer, label: t(`share.answer.${answer}`) }))}
              value={form.containsLearnersWork}
              onChange={set('containsLearnersWork')}
              errors={errorsOf('safeguarding.containsLearnersWork')}
              nested
            />
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
    </FormPanel>
  );
}

