import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { dialogues, organise, symposia, type CurationDecision } from '../../api/endpoints';
import { CLOSED_DIALOGUE_STATES, GUIDING_QUESTIONS, type Dialogue, type DialogueStatus, type Symposium } from '../../api/types';
import { ProposalFacts } from '../../components/DialogueFacts';
import { ErrorSummary, fieldSummary } from '../../components/ErrorSummary';
import { SelectField, TextArea } from '../../components/Fields';
import { Loading, ProblemAlert, StatusMessage } from '../../components/Status';
import { useProblemForm } from '../../components/useProblemForm';
import { formatInstant, t } from '../../i18n/i18n';
import { useResource } from '../../session/useResource';
import { CountTable, OrganiseFailure, OrganiseSymposiumPage, StrandFilter, SymposiumNav } from './common';

const STATUSES: readonly DialogueStatus[] = ['PROPOSED', 'RETURNED', 'ACCEPTED', 'DECLINED', 'CANCELLED'];
const UNDER_REVIEW: readonly DialogueStatus[] = ['PROPOSED', 'RETURNED'];

/** Waiting for a decision first, then the rest; oldest proposal first within each. */
export function reviewOrder(list: readonly Dialogue[]): Dialogue[] {
  const rank = (d: Dialogue) => (d.status === 'PROPOSED' ? 0 : d.status === 'RETURNED' ? 1 : 2);
  return [...list].sort((a, b) => rank(a) - rank(b) || (a.proposedAt ?? '').localeCompare(b.proposedAt ?? ''));
}

/** Accept, return with a comment (the service requires one) or decline; the comment goes to the host. */
function Curation({ dialogue, onDecided }: { dialogue: Dialogue; onDecided: (dialogue: Dialogue, message: string) => void }) {
  const [comment, setComment] = useState('');
  /** Each decision is an attempt: the error summary takes the focus once for each one that produced errors. */
  const { fieldErrors, attempt, error, busy, begin, send } = useProblemForm();
  const id = `curation-${dialogue.id}`;
  const label = t('organise.proposals.comment');
  const errors = fieldErrors.comment ?? [];
  const title = dialogue.proposal.title;
  const underReview = UNDER_REVIEW.includes(dialogue.status);

  const decide = async (decision: CurationDecision) => {
    if (!begin(decision === 'return' && !comment.trim() ? { comment: [t('organise.proposals.commentRequired')] } : {})) return;
    await send(
      async () => {
        const { data } = await organise.curate(dialogue.id, decision, comment.trim() || null);
        setComment('');
        onDecided(data, t(`organise.proposals.decided.${decision}`, { title }));
      },
      { fieldsOf: (failure) => ({ comment: failure.fieldErrors.comment ?? [] }) },
    );
  };

  return (
    <form className="curation" noValidate aria-labelledby={`${id}-title`} onSubmit={(e) => e.preventDefault()}>
      <h4 id={`${id}-title`}>{t('organise.proposals.decide')}</h4>
      <ErrorSummary id={`${id}-errors`} items={fieldSummary(fieldErrors, [{ field: 'comment', target: `${id}-comment`, label }])} attempt={attempt} />
      <ProblemAlert error={error} />
      <TextArea
        id={`${id}-comment`}
        label={label}
        hint={t('organise.proposals.commentHint')}
        value={comment}
        onChange={setComment}
        maxLength={2000}
        rows={3}
        errors={errors}
      />
      <div className="actions">
        {underReview ? (
          <>
            <button type="button" className="button" disabled={busy} onClick={() => void decide('accept')}>
              {t('organise.proposals.accept')}
            </button>
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void decide('return')}>
              {t('organise.proposals.return')}
            </button>
          </>
        ) : null}
        <button type="button" className="button button--danger" disabled={busy} onClick={() => void decide('decline')}>
          {t('organise.proposals.decline')}
        </button>
      </div>
    </form>
  );
}

function ProposalCard({
  dialogue,
  symposium,
  focus,
  onDecided,
}: {
  dialogue: Dialogue;
  symposium: Symposium;
  focus: boolean;
  onDecided: (dialogue: Dialogue, message: string) => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus(); // the buttons used are gone: the proposal's heading takes the focus
  }, [focus, dialogue.status]);
  const proposal = dialogue.proposal;
  const questions = GUIDING_QUESTIONS.filter((q) => proposal.guidingQuestions?.[q]);
  const headingId = `proposal-${dialogue.id}`;
  return (
    <li className="proposal" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className="proposal__title">
        {proposal.title}
      </h3>
      <dl className="facts">
        <div>
          <dt>{t('proposal.status')}</dt>
          <dd>
            <strong className={`state state--dialogue-${dialogue.status.toLowerCase()}`}>{t(`proposal.state.${dialogue.status}`)}</strong>
          </dd>
        </div>
        <ProposalFacts dialogue={dialogue} strands={symposium.strands} principlesId={`${headingId}-principles`} />
        <div>
          <dt>{t('proposal.field.capacity')}</dt>
          <dd>{proposal.capacity}</dd>
        </div>
        <div>
          <dt>{t('proposal.field.language')}</dt>
          <dd>{proposal.language}</dd>
        </div>
        {dialogue.proposedAt ? (
          <div>
            <dt>{t('organise.proposals.proposedAt')}</dt>
            <dd>{formatInstant(dialogue.proposedAt)}</dd>
          </div>
        ) : null}
      </dl>
      <h4>{t('dialogue.purpose')}</h4>
      <p className="prose">{proposal.purpose}</p>
      {questions.length > 0 ? (
        <>
          <h4>{t('dialogue.guidingQuestions')}</h4>
          <dl className="questions">
            {questions.map((q) => (
              <div key={q}>
                <dt>{t(`question.${q}`)}</dt>
                <dd className="prose">{proposal.guidingQuestions?.[q]}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {dialogue.curatorComment ? (
        <p>
          <strong>{t('organise.proposals.lastComment')}</strong> <span className="prose">{dialogue.curatorComment}</span>
        </p>
      ) : null}
      {dialogue.status === 'ACCEPTED' ? (
        <p>
          <Link to={`/dialogues/${encodeURIComponent(dialogue.id)}`}>{t('organise.proposals.open', { title: proposal.title })}</Link>
        </p>
      ) : null}
      {CLOSED_DIALOGUE_STATES.includes(dialogue.status) ? null : (
        <Curation key={`${dialogue.status}:${dialogue.version ?? 0}`} dialogue={dialogue} onDecided={onDecided} />
      )}
    </li>
  );
}

function ProposalsBody({ id }: { id: string }) {
  const { resource, reload, setResource } = useResource(
    async (signal) => {
      const [symposium, list] = await Promise.all([
        symposia.get(id, signal).then((r) => r.data),
        dialogues.list(id, signal).then((r) => r.data ?? []),
      ]);
      return { symposium, list };
    },
    [id],
  );
  const [status, setStatus] = useState('');
  const [statusFilter, setStatusFilter] = useState<DialogueStatus | ''>('');
  const [strandFilter, setStrandFilter] = useState('');
  const [decided, setDecided] = useState<string | null>(null);

  if (resource.state === 'loading') return <Loading label={t('organise.proposals.loading')} />;
  if (resource.state === 'failed') return <OrganiseFailure error={resource.error} onRetry={reload} />;
  const { symposium, list } = resource.data;
  const shown = reviewOrder(
    list.filter((d) => (!statusFilter || d.status === statusFilter) && (!strandFilter || d.proposal.strandId === strandFilter)),
  );
  const countOf = (s: DialogueStatus) => list.filter((d) => d.status === s).length;
  const onDecided = (updated: Dialogue, message: string) => {
    setResource({ state: 'loaded', data: { symposium, list: list.map((d) => (d.id === updated.id ? updated : d)) } });
    setDecided(updated.id);
    setStatus(message);
  };

  return (
    <>
      <SymposiumNav symposium={symposium} />
      <p className="lead">{symposium.title}</p>
      <StatusMessage>{status}</StatusMessage>
      <section aria-labelledby="proposal-counts-title" className="panel">
        <h2 id="proposal-counts-title">{t('organise.proposals.summary')}</h2>
        <CountTable
          id="proposal-counts"
          caption={t('organise.proposals.byStatus')}
          heading={t('proposal.status')}
          rows={STATUSES.map((s) => ({ key: s, label: t(`proposal.state.${s}`), count: countOf(s) }))}
        />
      </section>
      <section aria-labelledby="proposal-list-title">
        <h2 id="proposal-list-title">{t('organise.proposals.list')}</h2>
        <div className="filters">
          <SelectField
            id="proposals-status"
            label={t('organise.proposals.filterStatus')}
            value={statusFilter}
            onChange={(value) => setStatusFilter(value as DialogueStatus | '')}
            emptyLabel={t('organise.proposals.allStatuses')}
            options={STATUSES.map((s) => ({ value: s, label: t(`proposal.state.${s}`) }))}
          />
          <StrandFilter id="proposals-strand" symposium={symposium} value={strandFilter} onChange={setStrandFilter} />
        </div>
        <StatusMessage id="proposals-count">{t('organise.proposals.count', { count: shown.length })}</StatusMessage>
        {list.length === 0 ? (
          <p className="empty">{t('organise.proposals.empty')}</p>
        ) : shown.length === 0 ? (
          <p className="empty">{t('organise.proposals.noMatch')}</p>
        ) : (
          <ul className="proposals">
            {shown.map((dialogue) => (
              <ProposalCard
                key={dialogue.id}
                dialogue={dialogue}
                symposium={symposium}
                focus={decided === dialogue.id}
                onDecided={onDecided}
              />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** /organise/symposia/:id/proposals: review the proposed dialogues. */
export function OrganiseProposals() {
  return <OrganiseSymposiumPage title={t('organise.proposals.title')} body={ProposalsBody} />;
}
