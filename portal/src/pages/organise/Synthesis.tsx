import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { organise, symposia } from '../../api/endpoints';
import { PRINCIPLES, type Insight, type InsightKind, type Symposium, type SynthesisBoard } from '../../api/types';
import { principleName, PrincipleTags, strandTitle } from '../../components/DialogueFacts';
import { CheckboxField, RadioGroup, TextArea } from '../../components/Fields';
import { Loading, ProblemAlert, StatusMessage } from '../../components/Status';
import { useProblemForm } from '../../components/useProblemForm';
import { formatInstant, t } from '../../i18n/i18n';
import { useResource } from '../../session/useResource';
import { CountTable, OrganiseFailure, OrganiseSymposiumPage, SymposiumNav } from './common';

const KINDS: readonly InsightKind[] = ['INSIGHT', 'QUESTION', 'TENSION', 'NEXT_STEP'];

export type Grouping = 'strand' | 'principle';

/** Every insight on the board, in the order recorded. */
export function allInsights(board: SynthesisBoard): Insight[] {
  return Object.values(board.byStrand ?? {})
    .flat()
    .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
}

/** The board with one insight replaced, and the plenary outcomes worked out again. */
export function withInsight(board: SynthesisBoard, updated: Insight): SynthesisBoard {
  const byStrand = Object.fromEntries(
    Object.entries(board.byStrand ?? {}).map(([strand, list]) => [strand, list.map((i) => (i.id === updated.id ? updated : i))]),
  );
  const next = { ...board, byStrand };
  return { ...next, plenaryOutcomes: allInsights(next).filter((i) => i.plenaryOutcome) };
}

/** The insights in groups: by strand (the symposium's order), or by principle (an insight in each of its principles). */
export function groupInsights(board: SynthesisBoard, grouping: Grouping, symposium: Symposium) {
  if (grouping === 'principle') {
    const all = allInsights(board);
    return PRINCIPLES.map((p) => ({ key: `principle-${p}`, title: principleName(p), insights: all.filter((i) => i.principles.includes(p)) }));
  }
  const known = symposium.strands.map((s) => s.id);
  const strands = [...known, ...Object.keys(board.byStrand ?? {}).filter((s) => !known.includes(s))];
  return strands.map((s) => ({ key: `strand-${s}`, title: strandTitle(symposium.strands, s), insights: board.byStrand?.[s] ?? [] }));
}

/** Take an insight to the plenary (or back), with an optional note on what the plenary made of it. */
function InsightCard({
  insight,
  idPrefix,
  onSaved,
}: {
  insight: Insight;
  /** Unique in the page: grouped by principle, one insight may be shown in several groups. */
  idPrefix: string;
  onSaved: (insight: Insight, message: string) => void;
}) {
  const [outcome, setOutcome] = useState(insight.plenaryOutcome);
  const [note, setNote] = useState(insight.plenaryNote ?? '');
  useEffect(() => {
    // Saved here or in another group showing the same insight: show what the service now holds.
    setOutcome(insight.plenaryOutcome);
    setNote(insight.plenaryNote ?? '');
  }, [insight.plenaryOutcome, insight.plenaryNote]);
  const { fieldErrors, error, busy, begin, send } = useProblemForm();
  const id = `insight-${idPrefix}`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    begin();
    await send(
      async () => {
        const { data } = await organise.markForPlenary(insight.dialogueId, insight.id, outcome, note.trim() || null);
        onSaved(data, data.plenaryOutcome ? t('organise.synthesis.marked') : t('organise.synthesis.unmarked'));
      },
      { fieldsOf: (failure) => ({ note: failure.fieldErrors.note ?? [] }) },
    );
  };

  return (
    <li className={insight.plenaryOutcome ? 'insight insight--plenary' : 'insight'} aria-labelledby={`${id}-text`}>
      <p className="insight__meta">
        <span className="tag tag--kind">{t(`insights.kind.${insight.kind}`)}</span>{' '}
        {insight.plenaryOutcome ? <strong className="tag tag--plenary">{t('organise.synthesis.forPlenary')}</strong> : null}
      </p>
      <p id={`${id}-text`} className="prose">
        {insight.text}
      </p>
      <p className="muted">
        {t('organise.synthesis.from', {
          dialogue: insight.dialogueTitle ?? insight.dialogueId,
          author: insight.authorName ?? t('discussion.someone'),
          when: formatInstant(insight.recordedAt),
        })}
      </p>
      <PrincipleTags principles={insight.principles} />
      <form className="insight__form" noValidate onSubmit={onSubmit}>
        <ProblemAlert error={error} />
        <CheckboxField id={`${id}-outcome`} label={t('organise.synthesis.takeToPlenary')} checked={outcome} onChange={setOutcome} />
        <TextArea id={`${id}-note`} label={t('organise.synthesis.note')} hint={t('organise.synthesis.noteHint')} value={note} onChange={setNote} maxLength={1000} rows={2} errors={fieldErrors.note} />
        <button type="submit" className="button button--small" disabled={busy}>
          {t('organise.synthesis.save')}
        </button>
      </form>
    </li>
  );
}

function Overview({ board, symposium }: { board: SynthesisBoard; symposium: Symposium }) {
  const strands = Object.keys(board.countsByStrand ?? {});
  return (
    <section aria-labelledby="synthesis-overview-title" className="panel">
      <h2 id="synthesis-overview-title">{t('organise.synthesis.overview')}</h2>
      <p>{t('organise.synthesis.total', { count: board.total })}</p>
      {board.total > 0 ? (
        <div className="dashboard">
          <div className="table-scroll" role="region" aria-labelledby="synthesis-strand-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="synthesis-strand-caption">{t('organise.synthesis.byStrand')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('organise.registrations.strand')}</th>
                  {KINDS.map((kind) => (
                    <th scope="col" className="numeric" key={kind}>
                      {t(`insights.kind.${kind}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {strands.map((strand) => (
                  <tr key={strand}>
                    <th scope="row">{strandTitle(symposium.strands, strand)}</th>
                    {KINDS.map((kind) => (
                      <td className="numeric" key={kind}>
                        {board.countsByStrand[strand]?.[kind] ?? 0}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <CountTable
            id="synthesis-principle"
            caption={t('organise.synthesis.byPrinciple')}
            heading={t('dialogue.principles')}
            rows={PRINCIPLES.map((p) => ({ key: String(p), label: principleName(p), count: board.countsByPrinciple?.[String(p)] ?? 0 }))}
          />
        </div>
      ) : null}
    </section>
  );
}

function Proceedings({ symposiumId }: { symposiumId: string }) {
  return (
    <section aria-labelledby="proceedings-title" className="panel">
      <h2 id="proceedings-title">{t('organise.proceedings.title')}</h2>
      <p>{t('organise.proceedings.intro')}</p>
      <ul className="download-list">
        <li>
          <a href={organise.proceedingsHtmlPath(symposiumId)}>{t('organise.proceedings.open')}</a>
        </li>
        <li>
          <a href={organise.proceedingsHtmlPath(symposiumId)} download={`proceedings-${symposiumId}.html`}>
            {t('organise.proceedings.html')}
          </a>
        </li>
        <li>
          <a href={organise.proceedingsPdfPath(symposiumId)} download={`proceedings-${symposiumId}.pdf`}>
            {t('organise.proceedings.pdf')}
          </a>
        </li>
      </ul>
    </section>
  );
}

function SynthesisBody({ id }: { id: string }) {
  const { resource, reload, setResource } = useResource(
    async (signal) => {
      const [symposium, board] = await Promise.all([
        symposia.get(id, signal).then((r) => r.data),
        organise.synthesis(id, signal).then((r) => r.data),
      ]);
      return { symposium, board };
    },
    [id],
  );
  const [grouping, setGrouping] = useState<Grouping>('strand');
  const [status, setStatus] = useState('');

  if (resource.state === 'loading') return <Loading label={t('organise.synthesis.loading')} />;
  if (resource.state === 'failed') return <OrganiseFailure error={resource.error} onRetry={reload} />;
  const { symposium, board } = resource.data;
  const saved = (insight: Insight, message: string) => {
    setResource({ state: 'loaded', data: { symposium, board: withInsight(board, insight) } });
    setStatus(message);
  };
  const groups = groupInsights(board, grouping, symposium);

  return (
    <>
      <SymposiumNav symposium={symposium} />
      <p className="lead">{symposium.title}</p>
      <StatusMessage>{status}</StatusMessage>
      <Proceedings symposiumId={symposium.id} />
      <Overview board={board} symposium={symposium} />
      <section aria-labelledby="plenary-title" className="panel">
        <h2 id="plenary-title">{t('organise.synthesis.plenary', { count: board.plenaryOutcomes.length })}</h2>
        {board.plenaryOutcomes.length === 0 ? (
          <p className="empty">{t('organise.synthesis.noPlenary')}</p>
        ) : (
          <ol className="plenary-list">
            {board.plenaryOutcomes.map((insight) => (
              <li key={insight.id}>
                <span className="tag tag--kind">{t(`insights.kind.${insight.kind}`)}</span> {insight.text}{' '}
                <span className="muted">({insight.dialogueTitle ?? insight.dialogueId})</span>
                {insight.plenaryNote ? <p className="plenary-note">{t('organise.synthesis.noteShown', { note: insight.plenaryNote })}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="board-title">
        <h2 id="board-title">{t('organise.synthesis.board')}</h2>
        {board.total === 0 ? (
          <p className="empty">{t('organise.synthesis.empty')}</p>
        ) : (
          <>
            <RadioGroup
              idPrefix="synthesis-grouping"
              legend={t('organise.synthesis.groupBy')}
              options={(['strand', 'principle'] as const).map((g) => ({ value: g, label: t(`organise.synthesis.groupBy.${g}`) }))}
              value={grouping}
              onChange={setGrouping}
              inline
            />
            {groups.map((group) => (
              <section key={group.key} aria-labelledby={`group-${group.key}`} className="insight-group">
                <h3 id={`group-${group.key}`}>{t('organise.synthesis.group', { title: group.title, count: group.insights.length })}</h3>
                {group.insights.length === 0 ? (
                  <p className="empty">{t('organise.synthesis.groupEmpty')}</p>
                ) : (
                  <ul className="insights">
                    {group.insights.map((insight) => (
                      <InsightCard key={insight.id} idPrefix={`${group.key}-${insight.id}`} insight={insight} onSaved={saved} />
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </>
        )}
        <p>
          <Link to={`/symposia/${encodeURIComponent(symposium.id)}/programme`}>{t('organise.synthesis.programmeLink')}</Link>
        </p>
      </section>
    </>
  );
}

/** /organise/symposia/:id/synthesis: the dialogues' insights for the plenary, and the proceedings. */
export function OrganiseSynthesis() {
  return <OrganiseSymposiumPage title={t('organise.synthesis.title')} body={SynthesisBody} />;
}
