import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { messagesFor } from '../api/client';
import { artefacts, dialogues, programmes, symposia } from '../api/endpoints';
import {
  GUIDING_QUESTIONS,
  type Artefact,
  type Contribution,
  type Dialogue as DialogueData,
  type Insight,
  type Programme,
  type ScheduledSession,
  type Symposium,
} from '../api/types';
import { PrincipleTags, ProposalFacts } from '../components/DialogueFacts';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextArea } from '../components/Fields';
import { FormActions } from '../components/FormPanel';
import { ResourcePage } from '../components/ResourcePage';
import { SafeHtml } from '../components/SafeHtml';
import { Loading, ProblemAlert, ProblemMessage, problemReason, StatusMessage } from '../components/Status';
import { useAction, useProblemForm } from '../components/useProblemForm';
import { browserTimeZone, formatInstant, formatTimeRange, t, validTimeZone } from '../i18n/i18n';
import { useSession } from '../session/Session';
import { useResource } from '../session/useResource';

/** Something optional for the page: its absence (or refusal) leaves the rest of the page working. */
const optional = <T,>(call: Promise<T>): Promise<T | null> => call.catch(() => null);

interface DialoguePageData {
  dialogue: DialogueData;
  symposium: Symposium | null;
  programme: Programme | null;
  agenda: ScheduledSession[] | null;
  participants: string[] | null;
}

/** Where and when the programme places a dialogue. */
function placeOf(programme: Programme | null, dialogueId: string) {
  for (const { slot, sessions } of programme?.slots ?? []) {
    const session = sessions.find((s) => s.dialogueId === dialogueId);
    if (session) return { slot, session, room: programme!.rooms.find((r) => r.id === session.roomId) ?? null };
  }
  return null;
}

const safeUrl = (url: string | null | undefined) => (url && /^https:\/\//i.test(url) ? url : null);

function Discussion({ dialogueId, revision }: { dialogueId: string; revision: number }) {
  const { resource, reload, setResource } = useResource(
    (signal) => dialogues.contributions(dialogueId, signal),
    [dialogueId, revision],
  );
  const [markdown, setMarkdown] = useState('');
  const { fieldErrors, attempt, error, busy, status, begin, send } = useProblemForm();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!begin(markdown.trim() ? {} : { markdown: [t('discussion.required')] })) return;
    await send(
      async () => {
        const { data } = await dialogues.contribute(dialogueId, markdown);
        if (resource.state === 'loaded') setResource({ state: 'loaded', data: [...(resource.data ?? []), data] });
        setMarkdown('');
        return t('discussion.posted');
      },
      { pending: t('discussion.posting') },
    );
  };

  let body;
  if (resource.state === 'loading') body = <Loading label={t('discussion.loading')} />;
  else if (resource.state === 'failed') body = <ProblemMessage error={resource.error} onRetry={reload} />;
  else if (resource.data === null) body = <p className="empty">{t('discussion.joinToRead')}</p>;
  else {
    const thread = resource.data;
    const authorOf = (id: string | null) => thread.find((c) => c.id === id)?.authorName ?? t('discussion.someone');
    const errors = messagesFor(fieldErrors, 'markdown');
    body = (
      <>
        {thread.length === 0 ? (
          <p className="empty">{t('discussion.empty')}</p>
        ) : (
          <ol className="thread">
            {thread.map((post: Contribution) => (
              <li key={post.id} className="post">
                <p className="post__meta">
                  <strong>{post.authorName ?? t('discussion.someone')}</strong>{' '}
                  <time dateTime={post.postedAt}>{formatInstant(post.postedAt)}</time>
                  {post.editedAt ? ` ${t('discussion.edited')}` : ''}
                  {post.parentId ? ` ${t('discussion.inReplyTo', { name: authorOf(post.parentId) })}` : ''}
                </p>
                {post.deleted ? (
                  <p className="post__gone">{t('discussion.deleted')}</p>
                ) : post.hidden ? (
                  <p className="post__gone">{t('discussion.hidden')}</p>
                ) : post.html ? (
                  <SafeHtml html={post.html} className="post__body" />
                ) : (
                  <p className="post__body post__body--text">{post.markdown}</p>
                )}
              </li>
            ))}
          </ol>
        )}
        <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="contribute-title">
          <h3 id="contribute-title">{t('discussion.formTitle')}</h3>
          <ErrorSummary
            id="contribute-errors"
            attempt={attempt}
            items={errors.map((message) => ({
              target: 'contribution-markdown',
              text: t('form.fieldError', { label: t('discussion.text'), message }),
            }))}
          />
          <ProblemAlert error={error} />
          <TextArea
            id="contribution-markdown"
            label={t('discussion.text')}
            hint={t('discussion.textHint')}
            value={markdown}
            onChange={setMarkdown}
            maxLength={10000}
            rows={5}
            errors={errors}
            required
          />
          <FormActions busy={busy} submit={t('discussion.post')} />
          <StatusMessage>{status}</StatusMessage>
        </form>
      </>
    );
  }
  return (
    <section aria-labelledby="discussion-title" id="discussion" className="panel">
      <h2 id="discussion-title">{t('discussion.title')}</h2>
      {body}
    </section>
  );
}

function Insights({ dialogueId, revision }: { dialogueId: string; revision: number }) {
  const { resource, reload } = useResource((signal) => dialogues.insights(dialogueId, signal), [dialogueId, revision]);
  let body;
  if (resource.state === 'loading') body = <Loading label={t('insights.loading')} />;
  else if (resource.state === 'failed') body = <ProblemMessage error={resource.error} onRetry={reload} />;
  else if (resource.data === null) body = <p className="empty">{t('insights.joinToRead')}</p>;
  else if (resource.data.length === 0) body = <p className="empty">{t('insights.empty')}</p>;
  else
    body = (
      <ul className="insights">
        {resource.data.map((insight: Insight) => (
          <li key={insight.id} className="insight">
            <p>
              <strong className="tag tag--kind">{t(`insights.kind.${insight.kind}`)}</strong> {insight.text}
            </p>
            <PrincipleTags principles={insight.principles} />
            <p className="post__meta">
              {insight.authorName ? `${insight.authorName}, ` : ''}
              <time dateTime={insight.recordedAt}>{formatInstant(insight.recordedAt)}</time>
              {insight.plenaryOutcome ? ` ${t('insights.plenary')}` : ''}
            </p>
          </li>
        ))}
      </ul>
    );
  return (
    <section aria-labelledby="insights-title" className="panel">
      <h2 id="insights-title">{t('insights.title')}</h2>
      {body}
    </section>
  );
}

function Artefacts({ dialogueId }: { dialogueId: string }) {
  const { resource, reload } = useResource(async (signal) => (await artefacts.ofDialogue(dialogueId, signal)).data ?? [], [dialogueId]);
  let body;
  if (resource.state === 'loading') body = <Loading label={t('artefacts.loading')} />;
  else if (resource.state === 'failed') body = <ProblemMessage error={resource.error} onRetry={reload} />;
  else if (resource.data.length === 0) body = <p className="empty">{t('artefacts.empty')}</p>;
  else
    body = (
      <ul className="artefacts">
        {resource.data.map((artefact: Artefact) => {
          const title = artefact.details?.title ?? artefact.id;
          const href = artefact.kind === 'LINK' ? safeUrl(artefact.url) : artefacts.filePath(artefact.id);
          return (
            <li key={artefact.id}>
              {href ? <a href={href}>{title}</a> : title}{' '}
              <span className="muted">{artefact.kind === 'LINK' ? t('artefacts.link') : t('artefacts.file')}</span>
              {artefact.details?.description ? <p className="artefact__description">{artefact.details.description}</p> : null}
            </li>
          );
        })}
      </ul>
    );
  return (
    <section aria-labelledby="artefacts-title" className="panel">
      <h2 id="artefacts-title">{t('artefacts.title')}</h2>
      {body}
    </section>
  );
}

function Joining({
  dialogueId,
  joined,
  onChanged,
}: {
  dialogueId: string;
  joined: boolean;
  onChanged: (joined: boolean) => void;
}) {
  const { busy, error, status, run } = useAction();
  /** Whether the last attempt was to join (or to leave), for its refusal. */
  const [joining, setJoining] = useState(true);
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) alert.current?.focus();
  }, [error]);

  const act = async (join: boolean) => {
    setJoining(join);
    await run(
      async () => {
        const { data } = join ? await dialogues.join(dialogueId) : await dialogues.leave(dialogueId);
        const now = data?.joinedDialogueIds?.includes(dialogueId) ?? join;
        onChanged(now);
        return now ? t('dialogue.joined') : t('dialogue.left');
      },
      { pending: join ? t('dialogue.joining') : t('dialogue.leaving') },
    );
  };

  return (
    <div className="joining">
      <p>{joined ? t('dialogue.youJoined') : t('dialogue.notJoined')}</p>
      {error ? (
        <div role="alert" className="problem" tabIndex={-1} ref={alert}>
          <p>
            {joining
              ? t('dialogue.joinRefused', { reason: problemReason(error) })
              : t('dialogue.leaveRefused', { reason: problemReason(error) })}
          </p>
        </div>
      ) : null}
      <div className="actions">
        {joined ? (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void act(false)}>
            {t('dialogue.leave')}
          </button>
        ) : (
          <button type="button" className="button" disabled={busy} onClick={() => void act(true)}>
            {t('dialogue.join')}
          </button>
        )}
      </div>
      <StatusMessage>{status}</StatusMessage>
    </div>
  );
}

export function Dialogue() {
  const { id = '' } = useParams();
  const { session } = useSession();
  const me = session.status === 'signedIn' ? session.member?.id : undefined;
  const zone = (session.status === 'signedIn' ? validTimeZone(session.member?.timeZone) : undefined) ?? browserTimeZone();
  const { resource, reload } = useResource<DialoguePageData>(
    async (signal) => {
      const { data: dialogue } = await dialogues.get(id, signal);
      const [symposium, programme, agenda, participants] = await Promise.all([
        optional(symposia.get(dialogue.symposiumId, signal).then((r) => r.data)),
        optional(programmes.get(dialogue.symposiumId, signal)),
        optional(programmes.agenda(dialogue.symposiumId, signal).then((r) => r.data)),
        optional(dialogues.participants(id, signal).then((r) => r.data)),
      ]);
      return { dialogue, symposium, programme, agenda, participants };
    },
    [id],
  );
  const [joined, setJoined] = useState<boolean | null>(null);
  const [revision, setRevision] = useState(0);

  return (
    <ResourcePage
      title={resource.state === 'loaded' ? resource.data.dialogue.proposal.title : t('dialogue.title')}
      resource={resource}
      reload={reload}
      loading={t('dialogue.loading')}
      signIn={t('dialogue.signIn')}
      notFound={t('dialogue.notFound')}
      back={{ to: '/programme', label: t('dialogue.backToProgramme') }}
    >
      {({ dialogue, symposium, programme, agenda, participants }) => {
        const proposal = dialogue.proposal;
        const place = placeOf(programme, dialogue.id);
        const hosting = me !== undefined && (dialogue.hostId === me || (proposal.coHostIds ?? []).includes(me));
        const isJoined = joined ?? (agenda ?? []).some((s) => s.dialogueId === dialogue.id && !hosting);
        const meetingUrl = safeUrl(proposal.meetingUrl);
        const questions = GUIDING_QUESTIONS.filter((key) => proposal.guidingQuestions?.[key]?.trim());
        return (
          <>
            <p>
              <Link to={`/symposia/${encodeURIComponent(dialogue.symposiumId)}/programme`}>{t('dialogue.backToProgramme')}</Link>
            </p>
            <section aria-labelledby="about-title" className="panel">
              <h2 id="about-title">{t('dialogue.about')}</h2>
              <h3>{t('dialogue.purpose')}</h3>
              <p className="prose">{proposal.purpose}</p>
              {questions.length > 0 ? (
                <>
                  <h3>{t('dialogue.guidingQuestions')}</h3>
                  <dl className="facts">
                    {questions.map((key) => (
                      <div key={key}>
                        <dt>{t(`question.${key}`)}</dt>
                        <dd className="prose">{proposal.guidingQuestions?.[key]}</dd>
                      </div>
                    ))}
                  </dl>
                </>
              ) : null}
              <h3>{t('dialogue.details')}</h3>
              <dl className="facts">
                <ProposalFacts dialogue={dialogue} strands={symposium?.strands} principlesId="dialogue-principles" />
                <div>
                  <dt>{t('dialogue.when')}</dt>
                  <dd>{place ? formatTimeRange(place.slot.startsAt, place.slot.endsAt, zone) : t('dialogue.notScheduled')}</dd>
                </div>
                <div>
                  <dt>{t('dialogue.where')}</dt>
                  <dd>
                    {place?.session.roomName ?? place?.room?.name ?? t('dialogue.noRoom')}
                    {meetingUrl ? (
                      <>
                        {' '}
                        <a href={meetingUrl} rel="noopener noreferrer">
                          {t('dialogue.meetingLink')}
                        </a>
                      </>
                    ) : null}
                  </dd>
                </div>
                <div>
                  <dt>{t('dialogue.participants')}</dt>
                  <dd>
                    {participants
                      ? t('dialogue.participantsOf', { count: participants.length, capacity: proposal.capacity })
                      : t('dialogue.capacity', { capacity: proposal.capacity })}
                  </dd>
                </div>
              </dl>
              {hosting ? (
                <p>{t('dialogue.youHost')}</p>
              ) : dialogue.status === 'ACCEPTED' ? (
                <Joining
                  dialogueId={dialogue.id}
                  joined={isJoined}
                  onChanged={(now) => {
                    setJoined(now);
                    setRevision((n) => n + 1);
                  }}
                />
              ) : (
                <p>{t(`proposal.status.${dialogue.status}`)}</p>
              )}
            </section>
            <Discussion dialogueId={dialogue.id} revision={revision} />
            <Insights dialogueId={dialogue.id} revision={revision} />
            <Artefacts dialogueId={dialogue.id} />
          </>
        );
      }}
    </ResourcePage>
  );
}
