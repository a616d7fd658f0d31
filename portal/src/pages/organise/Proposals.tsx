import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { dialogues, organise, symposia, type CurationDecision } from '../../api/endpoints';
import { CLOSED_DIALOGUE_STATES, GUIDING_QUESTIONS, type Dialogue, type DialogueStatus, type Symposium } from '../../api/types';
import { PrincipleTags, strandTitle } from '../../components/DialogueFacts';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextArea } from '../../components/Fields';
import { PageHeading } from '../../components/PageHeading';
import { Loading, problemReason, StatusMessage } from '../../components/Status';
import { formatInstant, t } from '../../i18n/i18n';
import { useResource } from '../../session/useResource';
import { asApiError, OrganiseFailure, OrganiserGate, SymposiumNav } from './common';

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
  const [errors, setErrors] = useState<string[]>([]);
  /** Counts the decisions: the error summary takes the focus once for each one that produced errors. */
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `curation-${dialogue.id}`;
  const label = t('organise.proposals.comment');
  const summary = useMemo(
    () => errors.map((message) => ({ target: `${id}-comment`, text: t('form.fieldError', { label, message }) })),
    [errors, id, label],
  );
  const title = dialogue.proposal.title;
  const underReview = UNDER_REVIEW.includes(dialogue.status);

  const decide = async (decision: CurationDecision) => {
    setAttempt((n) => n + 1);
    setError(null);
    if (decision === 'return' && !comment.trim()) {
      setErrors([t('organise.proposals.commentRequired')]);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      const { data } = await organise.curate(dialogue.id, decision, comment.trim() || null);
      setComment('');
      onDecided(data, t(`organise.proposals.decided.${decision}`, { title }));
    } catch (caught) {
      const failure = asApiError(caught);
      const fields = failure.fieldErrors.comment ?? [];
      if (fields.length > 0) setErrors(fields);
      else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="curation" noValidate aria-labelledby={`${id}-title`} onSubmit={(e) => e.preventDefault()}>
      <h4 id={`${id}-title`}>{t('organise.proposals.decide')}</h4>
      <ErrorSummary id={`${id}-errors`} items={summary} attempt={attempt} />
      {error ? (
        <div role="alert" className="problem">
          <p>{problemReason(error)}</p>
        </div>
      ) : null}
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
        <div>
          <dt>{t('dialogue.hosts')}</dt>
          <dd>
            {dialogue.hostName ?? t('dialogue.hostNotNamed')}
            {proposal.coHostIds.length > 0 ? ` ${t('dialogue.andCoHosts', { count: proposal.coHostIds.length })}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('dialogue.strand')}</dt>
          <dd>{strandTitle(symposium.strands, proposal.strandId)}</dd>
        </div>
        <div>
          <dt id={`${headingId}-principles`}>{t('dialogue.principles')}</dt>
          <dd>
            <PrincipleTags principles={proposal.principles} labelledBy={`${headingId}-principles`} />
          </dd>
        </div>
        <div>
          <dt>{t('dialogue.format')}</dt>
          <dd>{proposal.format}</dd>
        </div>
        <div>
          <dt>{t('dialogue.mode')}</dt>
          <dd>{t(`mode.${proposal.mode}`)}</dd>
        </div>
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
        <div className="table-scroll" role="region" aria-labelledby="proposal-counts-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="proposal-counts-caption">{t('organise.proposals.byStatus')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('proposal.status')}</th>
                <th scope="col" className="numeric">
                  {t('organise.counts.number')}
                </th>
              </tr>
            </thead>
            <tbody>
              {STATUSES.map((s) => (
                <tr key={s}>
                  <th scope="row">{t(`proposal.state.${s}`)}</th>
                  <td className="numeric">{countOf(s)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
          <SelectField
            id="proposals-strand"
            label={t('organise.registrations.filterStrand')}
            value={strandFilter}
            onChange={setStrandFilter}
            emptyLabel={t('organise.registrations.allStrands')}
            options={symposium.strands.map((s) => ({ value: s.id, label: s.title }))}
          />
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
  const { id = '' } = useParams();
  return (
    <>
      <PageHeading title={t('organise.proposals.title')}>{t('organise.proposals.title')}</PageHeading>
      <OrganiserGate>
        <ProposalsBody id={id} />
      </OrganiserGate>
    </>
  );
}
