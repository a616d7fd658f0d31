import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { messagesFor } from '../api/client';
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
import type { SummaryItem } from '../components/ErrorSummary';
import { CheckboxGroup, describedBy, FieldErrors, RadioGroup, SelectField, TextArea, TextField } from '../components/Fields';
import { ResourcePage } from '../components/ResourcePage';
import { FormActions, FormPanel } from '../components/FormPanel';
import { SaveProblem, StatusMessage } from '../components/Status';
import { fieldProps, useFormValues } from '../components/useFormValues';
import { useProblemForm } from '../components/useProblemForm';
import { formatInstant, t, type MessageKey } from '../i18n/i18n';
import { useSession } from '../session/Session';
import { useResource } from '../session/useResource';

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
  const { values: form, set } = useFormValues<ProposalForm>(initial);
  const { fieldErrors, attempt, error, busy, status, begin, send } = useProblemForm();
  const errorsOf = (field: string) => messagesFor(fieldErrors, field);
  const label = (field: string) => t(LABELS[field.replace(/[[.].*$/, '')] ?? 'proposal.field.other');
  const field = fieldProps('proposal', form, set, label, errorsOf);

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
    if (!begin(/^\d+$/.test(form.capacity.trim()) ? {} : { capacity: [t('proposal.capacityNumber')] })) return;
    await send(
      async () => {
        const draft = draftOf(symposium.id, form);
        const saved = existing
          ? await dialogues.revise(existing.id, draft, versionTag(existing.version))
          : await dialogues.propose(draft);
        onSaved(saved.data, saved.etag);
      },
      { pending: existing ? t('proposal.saving') : t('proposal.sending') },
    );
  };

  return (
    <FormPanel
      titleId={existing ? 'proposal-edit-title' : 'proposal-form-title'}
      title={existing ? t('proposal.editTitle') : t('proposal.formTitle')}
      focus={existing}
      errorsId="proposal-errors"
      summary={summary}
      attempt={attempt}
      problem={<SaveProblem error={error} stale={t('proposal.stale')} reload={t('proposal.reload')} onReload={onReload} />}
      onSubmit={onSubmit}
      actions={
        <FormActions
          busy={busy}
          submit={existing ? t('proposal.save') : t('proposal.submit')}
          cancel={t('proposal.cancelEdit')}
          onCancel={onCancel}
        />
      }
      status={status}
    >
      <TextField {...field('title')} maxLength={200} required />
      <TextArea {...field('purpose')} hint={t('proposal.purposeHint')} maxLength={3000} rows={5} required />
      <SelectField
        {...field('strandId')}
        hint={t('proposal.strandHint')}
        emptyLabel={t('proposal.chooseStrand')}
        options={strands.map((id) => ({ value: id, label: strandTitle(symposium.strands, id) }))}
        required
      />
      <GuidingQuestionsField questions={form.questions} onChange={set('questions')} errorsOf={errorsOf} />
      <CheckboxGroup
        id="proposal-principles"
        optionPrefix="proposal-principle"
        legend={label('principles')}
        hint={t('proposal.principlesHint')}
        options={PRINCIPLES.map((principle) => ({ value: principle, label: principleName(principle) }))}
        selected={form.principles}
        onChange={set('principles')}
        errors={errorsOf('principles')}
        required
      />
      <TextField {...field('format')} hint={t('proposal.formatHint')} maxLength={100} required />
      <RadioGroup
        idPrefix="proposal-mode"
        legend={label('mode')}
        options={DIALOGUE_MODES.map((mode) => ({ value: mode, label: t(`mode.${mode}`) }))}
        value={form.mode}
        onChange={set('mode')}
        errors={errorsOf('mode')}
      />
      <TextField
        {...field('meetingUrl')}
        hint={t('proposal.meetingUrlHint')}
        maxLength={500}
        inputMode="url"
        required={form.mode !== 'IN_PERSON'}
      />
      <TextField {...field('capacity')} hint={t('proposal.capacityHint')} maxLength={3} inputMode="numeric" required />
      <TextField {...field('language')} hint={t('proposal.languageHint')} maxLength={35} required />
      <TextField {...field('coHostIds')} hint={t('proposal.coHostsHint')} spellCheck={false} />
      <TextArea {...field('artefactLinks')} hint={t('proposal.artefactLinksHint')} rows={3} />
    </FormPanel>
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

  return (
    <ResourcePage
      title={t('proposal.title')}
      status={status}
      resource={resource}
      reload={reload}
      loading={t('proposal.loading')}
      signIn={t('proposal.signIn')}
      notFound={t('register.notFound')}
    >
      {(data) => {
        const { symposium, registration } = data;
        const mine = data.dialogues
          .filter((d) => member && d.hostId === member.id)
          .sort((a, b) => (b.proposedAt ?? '').localeCompare(a.proposedAt ?? ''));
        const current = mine.find((d) => !CLOSED_DIALOGUE_STATES.includes(d.status)) ?? null;
        const closed = current ? null : (mine[0] ?? null);
        const confirmed = registration?.state === 'CONFIRMED';
        const strands = confirmed ? registration.strands : [];
        const scheduled =
          current !== null &&
          (data.programme?.slots.some(({ sessions }) => sessions.some((s) => s.dialogueId === current.id)) ?? false);
        const saved = (dialogue: Dialogue, message: string) => {
          setResource({
            state: 'loaded',
            data: { ...data, dialogues: [dialogue, ...data.dialogues.filter((d) => d.id !== dialogue.id)] },
          });
          setEditing(false);
          setChanged(true);
          setStatus(message);
        };
        return (
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
      }}
    </ResourcePage>
  );
}
