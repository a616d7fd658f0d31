import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, messagesFor } from '../api/client';
import { dialogues, programmes, registrations, symposia, versionTag } from '../api/endpoints';
import {
  CLOSED_DIALOGUE_STATES,
  DIALOGUE_MODES,
  GUIDING_QUESTIONS,
  PRINCIPLES,
  type Dialogue,
  type DialogueDraft,
  type DialogueMode,
  type GuidingQuestionKey,
  type Programme,
  type Registration,
  type Symposium,
} from '../api/types';
import { principleName, PrincipleTags, strandTitle } from '../components/DialogueFacts';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';
import { describedBy, FieldErrors, SelectField, TextArea, TextField } from '../components/Fields';
import { PageHeading } from '../components/PageHeading';
import { SignInPrompt } from '../components/SignInPrompt';
import { Loading, ProblemMessage, problemReason, StatusMessage } from '../components/Status';
import { formatInstant, t, type MessageKey } from '../i18n/i18n';
import { useSession } from '../session/Session';
import { useResource } from '../session/useResource';

const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError({ type: 'about:blank', status: 0 });

export interface Question {
  key: GuidingQuestionKey;
  text: string;
}

export interface ProposalForm {
  title: string;
  purpose: string;
  strandId: string;
  questions: Question[];
  format: string;
  principles: number[];
  coHostIds: string;
  capacity: string;
  language: string;
  mode: DialogueMode;
  meetingUrl: string;
  artefactLinks: string;
}

/** The form's fields with their labels; the API's field names are the keys. */
const LABELS: Record<string, MessageKey> = {
  title: 'proposal.field.title',
  purpose: 'proposal.field.purpose',
  strandId: 'proposal.field.strand',
  guidingQuestions: 'proposal.field.guidingQuestions',
  format: 'proposal.field.format',
  principles: 'proposal.field.principles',
  coHostIds: 'proposal.field.coHosts',
  capacity: 'proposal.field.capacity',
  language: 'proposal.field.language',
  mode: 'proposal.field.mode',
  meetingUrl: 'proposal.field.meetingUrl',
  artefactLinks: 'proposal.field.artefactLinks',
};

/** The control a field's error summary entry leads to. */
function targetOf(field: string, form: ProposalForm): string {
  const question = /^guidingQuestions\.(\w+)/.exec(field)?.[1];
  if (question && form.questions.some((q) => q.key === question)) return `proposal-question-${question}`;
  if (field.startsWith('guidingQuestions')) return 'proposal-question-add';
  if (field.startsWith('principles')) return 'proposal-principle-1';
  if (field.startsWith('mode')) return `proposal-mode-${form.mode}`;
  return `proposal-${field.replace(/[[.].*$/, '')}`;
}

export function emptyForm(language: string | null | undefined, strandId = ''): ProposalForm {
  return {
    title: '',
    purpose: '',
    strandId,
    questions: [],
    format: '',
    principles: [],
    coHostIds: '',
    capacity: '12',
    language: language ?? 'en',
    mode: 'IN_PERSON',
    meetingUrl: '',
    artefactLinks: '',
  };
}

export function formOf(draft: DialogueDraft): ProposalForm {
  return {
    title: draft.title,
    purpose: draft.purpose,
    strandId: draft.strandId,
    questions: GUIDING_QUESTIONS.filter((key) => draft.guidingQuestions?.[key] != null).map((key) => ({
      key,
      text: draft.guidingQuestions?.[key] ?? '',
    })),
    format: draft.format,
    principles: [...draft.principles],
    coHostIds: (draft.coHostIds ?? []).join(', '),
    capacity: String(draft.capacity),
    language: draft.language,
    mode: draft.mode,
    meetingUrl: draft.meetingUrl ?? '',
    artefactLinks: (draft.artefactLinks ?? []).join('\n'),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The POST/PUT body. Questions keep their text (an empty one is sent as null, so it is cleared). */
export function draftOf(symposiumId: string, form: ProposalForm): DialogueDraft {
  return {
    symposiumId,
    title: form.title.trim(),
    purpose: form.purpose.trim(),
    strandId: form.strandId,
    guidingQuestions:
      form.questions.length > 0 ? Object.fromEntries(form.questions.map((q) => [q.key, orNull(q.text)])) : null,
    format: form.format.trim(),
    principles: [...form.principles].sort((a, b) => a - b),
    coHostIds: form.coHostIds
      .split(/[\s,]+/)
      .map((id) => id.trim())
      .filter(Boolean),
    capacity: Number(form.capacity.trim()),
    language: form.language.trim(),
    mode: form.mode,
    meetingUrl: orNull(form.meetingUrl),
    artefactLinks: form.artefactLinks
      .split('\n')
      .map((link) => link.trim())
      .filter(Boolean),
  };
}

function GuidingQuestionsField({
  questions,
  onChange,
  errorsOf,
}: {
  questions: Question[];
  onChange: (questions: Question[]) => void;
  errorsOf: (field: string) => string[];
}) {
  const remaining = GUIDING_QUESTIONS.filter((key) => !questions.some((q) => q.key === key));
  const [choice, setChoice] = useState<GuidingQuestionKey | ''>('');
  const [focus, setFocus] = useState<string | null>(null);
  const addSelect = useRef<HTMLSelectElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const next = choice && remaining.includes(choice) ? choice : remaining[0];
  const legend = t('proposal.field.guidingQuestions');
  const ownErrors = errorsOf('guidingQuestions').length && !questions.length ? errorsOf('guidingQuestions') : [];

  useEffect(() => {
    if (!focus) return;
    (document.getElementById(focus) as HTMLElement | null)?.focus();
    setFocus(null);
  }, [focus]);

  const add = () => {
    if (!next) return;
    onChange(
      GUIDING_QUESTIONS.filter((key) => key === next || questions.some((q) => q.key === key)).map(
        (key) => questions.find((q) => q.key === key) ?? { key, text: '' },
      ),
    );
    setChoice('');
    setAnnouncement(t('proposal.questionAdded', { question: t(`question.${next}`) }));
    setFocus(`proposal-question-${next}`);
  };
  const remove = (key: GuidingQuestionKey) => {
    onChange(questions.filter((q) => q.key !== key));
    setAnnouncement(t('proposal.questionRemoved', { question: t(`question.${key}`) }));
    setFocus('proposal-question-add');
  };

  return (
    <fieldset className="fieldset" aria-describedby={describedBy('proposal-questions-hint', ownErrors.length > 0 && 'proposal-questions-error')}>
      <legend>{legend}</legend>
      <p id="proposal-questions-hint" className="field__hint">
        {t('proposal.guidingQuestionsHint')}
      </p>
      <FieldErrors id="proposal-questions-error" label={legend} messages={ownErrors} />
      {questions.length === 0 ? <p className="empty">{t('proposal.noQuestions')}</p> : null}
      <ul className="question-list">
        {questions.map((question) => (
          <li key={question.key} className="question">
            <TextArea
              id={`proposal-question-${question.key}`}
              label={t(`question.${question.key}`)}
              hint={t(`question.${question.key}.hint`)}
              value={question.text}
              onChange={(text) => onChange(questions.map((q) => (q.key === question.key ? { ...q, text } : q)))}
              maxLength={500}
              rows={2}
              errors={errorsOf(`guidingQuestions.${question.key}`)}
            />
            <button type="button" className="button button--secondary" onClick={() => remove(question.key)}>
              {t('proposal.removeQuestion', { question: t(`question.${question.key}`) })}
            </button>
          </li>
        ))}
      </ul>
      {next ? (
        <div className="question-add">
          <div className="field">
            <label htmlFor="proposal-question-add" className="field__label">
              {t('proposal.questionToAdd')}
            </label>
            <select
              id="proposal-question-add"
              ref={addSelect}
              className="input"
              value={next}
              onChange={(e) => setChoice(e.target.value as GuidingQuestionKey)}
            >
              {remaining.map((key) => (
                <option key={key} value={key}>
                  {t(`question.${key}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button button--secondary" onClick={add}>
            {t('proposal.addQuestion')}
          </button>
        </div>
      ) : (
        <p>{t('proposal.allQuestions')}</p>
      )}
      <StatusMessage>{announcement}</StatusMessage>
    </fieldset>
  );
}

function ProposalEditor({
  symposium,
  strands,
  initial,
  existing,
  onSaved,
  onCancel,
  onReload,
}: {
  symposium: Symposium;
  strands: string[];
  initial: ProposalForm;
  existing: Dialogue | null;
  onSaved: (dialogue: Dialogue, etag: string | null) => void;
  onCancel?: () => void;
  onReload: () => void;
}) {
  const [form, setForm] = useState<ProposalForm>(initial);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  /** Counts the submits: the error summary takes the focus once for each one that produced errors. */
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const set = <K extends keyof ProposalForm>(name: K) => (value: ProposalForm[K]) =>
    setForm((previous) => ({ ...previous, [name]: value }));
  const errorsOf = (field: string) => messagesFor(fieldErrors, field);
  const label = (field: string) => t(LABELS[field.replace(/[[.].*$/, '')] ?? 'proposal.field.other');

  const summary: SummaryItem[] = Object.entries(fieldErrors).flatMap(([field, messages]) =>
    messages.map((message) => ({
      target: targetOf(field, form),
      text: field.startsWith('guidingQuestions.')
        ? t('form.fieldError', { label: t(`question.${field.split('.')[1] as GuidingQuestionKey}`), message })
        : LABELS[field.replace(/[[.].*$/, '')]
          ? t('form.fieldError', { label: label(field), message })
          : `${field} ${message}`,
    })),
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setError(null);
    if (!/^\d+$/.test(form.capacity.trim())) {
      setFieldErrors({ capacity: [t('proposal.capacityNumber')] });
      return;
    }
    setFieldErrors({});
    setBusy(true);
    setStatus(existing ? t('proposal.saving') : t('proposal.sending'));
    try {
      const draft = draftOf(symposium.id, form);
      const saved = existing
        ? await dialogues.revise(existing.id, draft, versionTag(existing.version))
        : await dialogues.propose(draft);
      setStatus('');
      onSaved(saved.data, saved.etag);
    } catch (caught) {
      setStatus('');
      const failure = asApiError(caught);
      if (Object.keys(failure.fieldErrors).length > 0) setFieldErrors(failure.fieldErrors);
      else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Editing replaces the button that had the focus: the form's heading takes it.
    if (existing) heading.current?.focus();
  }, [existing]);
  const principleErrors = errorsOf('principles');
  const modeErrors = errorsOf('mode');
  const titleId = existing ? 'proposal-edit-title' : 'proposal-form-title';
  return (
    <section aria-labelledby={titleId} className="panel">
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {existing ? t('proposal.editTitle') : t('proposal.formTitle')}
      </h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary id="proposal-errors" items={summary} attempt={attempt} />
        {error ? (
          <div role="alert" className="problem">
            <p>{error.status === 412 ? t('proposal.stale') : problemReason(error)}</p>
            {error.status === 412 ? (
              <button type="button" className="button button--secondary" onClick={onReload}>
                {t('proposal.reload')}
              </button>
            ) : null}
          </div>
        ) : null}
        <TextField id="proposal-title" label={label('title')} value={form.title} onChange={set('title')} maxLength={200} errors={errorsOf('title')} required />
        <TextArea
          id="proposal-purpose"
          label={label('purpose')}
          hint={t('proposal.purposeHint')}
          value={form.purpose}
          onChange={set('purpose')}
          maxLength={3000}
          rows={5}
          errors={errorsOf('purpose')}
          required
        />
        <SelectField
          id="proposal-strandId"
          label={label('strandId')}
          hint={t('proposal.strandHint')}
          value={form.strandId}
          onChange={set('strandId')}
          emptyLabel={t('proposal.chooseStrand')}
          options={strands.map((id) => ({ value: id, label: strandTitle(symposium.strands, id) }))}
          errors={errorsOf('strandId')}
          required
        />
        <GuidingQuestionsField questions={form.questions} onChange={set('questions')} errorsOf={errorsOf} />
        <fieldset
          className={principleErrors.length ? 'fieldset field--invalid' : 'fieldset'}
          aria-describedby={describedBy('proposal-principles-hint', principleErrors.length > 0 && 'proposal-principles-error')}
        >
          <legend>
            {label('principles')}
            <span className="field__required"> {t('form.required')}</span>
          </legend>
          <p id="proposal-principles-hint" className="field__hint">
            {t('proposal.principlesHint')}
          </p>
          <FieldErrors id="proposal-principles-error" label={label('principles')} messages={principleErrors} />
          <ul className="choice-list">
            {PRINCIPLES.map((principle) => (
              <li key={principle} className="field--checkbox">
                <input
                  type="checkbox"
                  id={`proposal-principle-${principle}`}
                  className="checkbox"
                  checked={form.principles.includes(principle)}
                  onChange={(e) =>
                    set('principles')(
                      e.target.checked
                        ? [...form.principles, principle]
                        : form.principles.filter((p) => p !== principle),
                    )
                  }
                />
                <label htmlFor={`proposal-principle-${principle}`}>{principleName(principle)}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <TextField
          id="proposal-format"
          label={label('format')}
          hint={t('proposal.formatHint')}
          value={form.format}
          onChange={set('format')}
          maxLength={100}
          errors={errorsOf('format')}
          required
        />
        <fieldset
          className={modeErrors.length ? 'fieldset field--invalid' : 'fieldset'}
          aria-describedby={describedBy(modeErrors.length > 0 && 'proposal-mode-error')}
        >
          <legend>{label('mode')}</legend>
          <FieldErrors id="proposal-mode-error" label={label('mode')} messages={modeErrors} />
          <ul className="choice-list">
            {DIALOGUE_MODES.map((mode) => (
              <li key={mode} className="field--checkbox">
                <input
                  type="radio"
                  name="proposal-mode"
                  id={`proposal-mode-${mode}`}
                  className="checkbox"
                  value={mode}
                  checked={form.mode === mode}
                  onChange={() => set('mode')(mode)}
                />
                <label htmlFor={`proposal-mode-${mode}`}>{t(`mode.${mode}`)}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <TextField
          id="proposal-meetingUrl"
          label={label('meetingUrl')}
          hint={t('proposal.meetingUrlHint')}
          value={form.meetingUrl}
          onChange={set('meetingUrl')}
          maxLength={500}
          inputMode="url"
          errors={errorsOf('meetingUrl')}
          required={form.mode !== 'IN_PERSON'}
        />
        <TextField
          id="proposal-capacity"
          label={label('capacity')}
          hint={t('proposal.capacityHint')}
          value={form.capacity}
          onChange={set('capacity')}
          maxLength={3}
          inputMode="numeric"
          errors={errorsOf('capacity')}
          required
        />
        <TextField
          id="proposal-language"
          label={label('language')}
          hint={t('proposal.languageHint')}
          value={form.language}
          onChange={set('language')}
          maxLength={35}
          errors={errorsOf('language')}
          required
        />
        <TextField
          id="proposal-coHostIds"
          label={label('coHostIds')}
          hint={t('proposal.coHostsHint')}
          value={form.coHostIds}
          onChange={set('coHostIds')}
          errors={errorsOf('coHostIds')}
          spellCheck={false}
        />
        <TextArea
          id="proposal-artefactLinks"
          label={label('artefactLinks')}
          hint={t('proposal.artefactLinksHint')}
          value={form.artefactLinks}
          onChange={set('artefactLinks')}
          rows={3}
          errors={errorsOf('artefactLinks')}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {existing ? t('proposal.save') : t('proposal.submit')}
          </button>
          {onCancel ? (
            <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
              {t('proposal.cancelEdit')}
            </button>
          ) : null}
        </div>
        <StatusMessage>{status}</StatusMessage>
      </form>
    </section>
  );
}

function MyProposal({
  dialogue,
  symposium,
  scheduled,
  onEdit,
  focusOnMount,
}: {
  dialogue: Dialogue;
  symposium: Symposium;
  scheduled: boolean;
  onEdit: (() => void) | null;
  focusOnMount: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  const proposal = dialogue.proposal;
  return (
    <section aria-labelledby="my-proposal" className="panel">
      <h2 id="my-proposal" ref={heading} tabIndex={-1}>
        {t('proposal.mine')}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('proposal.status')}</dt>
          <dd>
            <strong className={`state state--dialogue-${dialogue.status.toLowerCase()}`}>
              {t(`proposal.state.${dialogue.status}`)}
            </strong>
          </dd>
        </div>
        <div>
          <dt>{t('proposal.field.title')}</dt>
          <dd>{proposal.title}</dd>
        </div>
        <div>
          <dt>{t('proposal.field.strand')}</dt>
          <dd>{strandTitle(symposium.strands, proposal.strandId)}</dd>
        </div>
        <div>
          <dt id="my-proposal-principles">{t('proposal.field.principles')}</dt>
          <dd>
            <PrincipleTags principles={proposal.principles} labelledBy="my-proposal-principles" />
          </dd>
        </div>
        <div>
          <dt>{t('proposal.field.mode')}</dt>
          <dd>{t(`mode.${proposal.mode}`)}</dd>
        </div>
        {dialogue.updatedAt ?? dialogue.proposedAt ? (
          <div>
            <dt>{t('proposal.updatedAt')}</dt>
            <dd>{formatInstant((dialogue.updatedAt ?? dialogue.proposedAt)!)}</dd>
          </div>
        ) : null}
        {dialogue.curatorComment ? (
          <div>
            <dt>{t('proposal.curatorComment')}</dt>
            <dd className="prose">{dialogue.curatorComment}</dd>
          </div>
        ) : null}
      </dl>
      <p>{t(`proposal.status.${dialogue.status}`)}</p>
      {scheduled ? <p>{t('proposal.scheduled')}</p> : null}
      <div className="actions">
        {onEdit ? (
          <button type="button" className="button" onClick={onEdit}>
            {t('proposal.edit')}
          </button>
        ) : null}
        {dialogue.status === 'ACCEPTED' ? (
          <Link to={`/dialogues/${encodeURIComponent(dialogue.id)}`}>{t('proposal.viewDialogue')}</Link>
        ) : null}
      </div>
    </section>
  );
}

interface ProposeData {
  symposium: Symposium;
  registration: Registration | null;
  dialogues: Dialogue[];
  programme: Programme | null;
}

export function Propose() {
  const { id = '' } = useParams();
  const { session } = useSession();
  const member = session.status === 'signedIn' ? session.member : null;
  const { resource, reload, setResource } = useResource<ProposeData>(
    async (signal) => {
      const [symposium, registration, list, programme] = await Promise.all([
        symposia.get(id, signal).then((r) => r.data),
        registrations.mine(id, signal),
        dialogues.list(id, signal).then((r) => r.data ?? []),
        programmes.get(id, signal).catch(() => null),
      ]);
      return { symposium, registration, dialogues: list, programme };
    },
    [id],
  );
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const [changed, setChanged] = useState(false);

  let body;
  switch (resource.state) {
    case 'loading':
      body = <Loading label={t('proposal.loading')} />;
      break;
    case 'failed':
      if (resource.error.unauthenticated) {
        body = <SignInPrompt expired={resource.error.sessionExpired} reason={t('proposal.signIn')} />;
      } else if (resource.error.status === 404) {
        body = <p>{t('register.notFound')}</p>;
      } else {
        body = <ProblemMessage error={resource.error} onRetry={reload} />;
      }
      break;
    case 'loaded': {
      const { symposium, registration } = resource.data;
      const mine = resource.data.dialogues
        .filter((d) => member && d.hostId === member.id)
        .sort((a, b) => (b.proposedAt ?? '').localeCompare(a.proposedAt ?? ''));
      const current = mine.find((d) => !CLOSED_DIALOGUE_STATES.includes(d.status)) ?? null;
      const closed = current ? null : (mine[0] ?? null);
      const confirmed = registration?.state === 'CONFIRMED';
      const strands = confirmed ? registration.strands : [];
      const scheduled =
        current !== null &&
        (resource.data.programme?.slots.some(({ sessions }) => sessions.some((s) => s.dialogueId === current.id)) ?? false);
      const saved = (dialogue: Dialogue, message: string) => {
        setResource({
          state: 'loaded',
          data: { ...resource.data, dialogues: [dialogue, ...resource.data.dialogues.filter((d) => d.id !== dialogue.id)] },
        });
        setEditing(false);
        setChanged(true);
        setStatus(message);
      };
      body = (
        <>
          <section aria-labelledby="propose-symposium" className="panel">
            <h2 id="propose-symposium">{symposium.title}</h2>
            <p>{t('proposal.intro')}</p>
            <p>
              <Link to={`/symposia/${encodeURIComponent(symposium.id)}/programme`}>{t('proposal.programmeLink')}</Link>
            </p>
          </section>
          {current ? (
            <MyProposal
              key={`${current.id}:${current.version ?? 0}`}
              dialogue={current}
              symposium={symposium}
              scheduled={scheduled}
              onEdit={scheduled || editing ? null : () => setEditing(true)}
              focusOnMount={changed}
            />
          ) : null}
          {closed ? (
            <p>{t('proposal.earlierClosed', { title: closed.proposal.title, state: t(`proposal.state.${closed.status}`) })}</p>
          ) : null}
          {current && editing ? (
            <ProposalEditor
              symposium={symposium}
              strands={strands.includes(current.proposal.strandId) ? strands : [current.proposal.strandId, ...strands]}
              initial={formOf(current.proposal)}
              existing={current}
              onSaved={(dialogue) => saved(dialogue, t('proposal.saved'))}
              onCancel={() => setEditing(false)}
              onReload={() => {
                setEditing(false);
                reload();
              }}
            />
          ) : null}
          {!current && confirmed ? (
            <ProposalEditor
              symposium={symposium}
              strands={strands}
              initial={emptyForm(member?.preferredLanguage, strands.length === 1 ? strands[0] : '')}
              existing={null}
              onSaved={(dialogue) => saved(dialogue, t('proposal.sent'))}
              onReload={reload}
            />
          ) : null}
          {!current && !confirmed ? (
            <section aria-labelledby="propose-not-yet" className="panel">
              <h2 id="propose-not-yet">{t('proposal.formTitle')}</h2>
              <p>{t('proposal.confirmedOnly')}</p>
              <p>
                <Link to={`/symposia/${encodeURIComponent(symposium.id)}/register`}>{t('proposal.registrationLink')}</Link>
              </p>
            </section>
          ) : null}
        </>
      );
      break;
    }
  }

  return (
    <>
      <PageHeading title={t('proposal.title')}>{t('proposal.title')}</PageHeading>
      <StatusMessage>{status}</StatusMessage>
      {body}
    </>
  );
}
