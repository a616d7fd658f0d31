import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { agenda, currentSymposium, symposia } from '../api/endpoints';
import type { ScheduledSession, Symposium } from '../api/types';
import { CopyField } from '../components/CopyField';
import { strandTitle } from '../components/DialogueFacts';
import { ResourcePage } from '../components/ResourcePage';
import { ProblemMessage, StatusMessage } from '../components/Status';
import { useAction } from '../components/useProblemForm';
import { browserTimeZone, formatTimeRange, language, t, validTimeZone } from '../i18n/i18n';
import { useSession } from '../session/Session';
import { useResource } from '../session/useResource';

/** The visitor's own variant of the portal's language (en-GB: "Thursday 18 June"). */
const dayLocale = () => {
  const browser = typeof navigator !== 'undefined' ? navigator.language : undefined;
  return browser && browser.split('-')[0] === language.split('-')[0] ? browser : language;
};

/** The agenda's sessions in time order, grouped by their day in the given time zone. */
export function byDay(sessions: readonly ScheduledSession[], timeZone: string) {
  const key = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });
  const label = new Intl.DateTimeFormat(dayLocale(), { weekday: 'long', day: 'numeric', month: 'long', timeZone });
  const days: { key: string; label: string; sessions: ScheduledSession[] }[] = [];
  for (const session of [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const start = new Date(session.startsAt);
    const day = Number.isNaN(start.getTime()) ? session.startsAt.slice(0, 10) : key.format(start);
    const last = days[days.length - 1];
    if (last?.key === day) last.sessions.push(session);
    else days.push({ key: day, label: Number.isNaN(start.getTime()) ? day : label.format(start), sessions: [session] });
  }
  return days;
}

/** A feed path as the full https URL and the webcal:// URL calendar apps open on a click. */
export function feedUrls(path: string, origin: string = window.location.origin) {
  const https = new URL(path, origin).href;
  return { https, webcal: https.replace(/^https?:/, 'webcal:') };
}

function Subscription({ symposiumId }: { symposiumId: string }) {
  const [feed, setFeed] = useState<{ https: string; webcal: string } | null>(null);
  const { busy, error, status, run } = useAction();

  const make = () =>
    run(
      async () => {
        const { data } = await agenda.newFeed(symposiumId);
        setFeed(feedUrls(data.url));
        return t('agenda.feedMade');
      },
      { pending: t('agenda.feedMaking') },
    );

  const revoke = () =>
    run(async () => {
      await agenda.revokeFeed(symposiumId);
      setFeed(null);
      return t('agenda.feedStopped');
    });

  return (
    <section aria-labelledby="agenda-calendar-title" className="panel">
      <h2 id="agenda-calendar-title">{t('agenda.calendar')}</h2>
      <p>{t('agenda.calendarIntro')}</p>
      <p>
        <a href={agenda.icsPath(symposiumId)} download="my-agenda.ics">
          {t('agenda.download')}
        </a>
      </p>
      <h3>{t('agenda.subscribe')}</h3>
      <p>{t('agenda.subscribeIntro')}</p>
      <p className="notice">{t('agenda.subscribePrivate')}</p>
      {feed ? (
        <>
          <CopyField id="agenda-feed-url" label={t('agenda.feedUrl')} hint={t('agenda.feedUrlHint')} value={feed.https} />
          <p>
            <a href={feed.webcal}>{t('agenda.openInCalendar')}</a>
          </p>
        </>
      ) : null}
      {error ? <ProblemMessage error={error} /> : null}
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => void make()}>
          {feed ? t('agenda.feedRenew') : t('agenda.feedMake')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void revoke()}>
          {t('agenda.feedStop')}
        </button>
      </div>
      <p className="field__hint">{t('agenda.feedReplaceHint')}</p>
      <StatusMessage>{status}</StatusMessage>
    </section>
  );
}

function Sessions({ symposium, sessions }: { symposium: Symposium; sessions: ScheduledSession[] }) {
  const { session } = useSession();
  const member = session.status === 'signedIn' ? session.member : null;
  const profileZone = validTimeZone(member?.timeZone);
  const zone = profileZone ?? browserTimeZone();
  const days = byDay(sessions, zone);
  return (
    <section aria-labelledby="agenda-sessions-title">
      <h2 id="agenda-sessions-title">{t('agenda.sessions')}</h2>
      <p>{profileZone ? t('programme.timesInProfileZone', { zone }) : t('programme.timesInBrowserZone', { zone })}</p>
      <p>{t('agenda.count', { count: sessions.length })}</p>
      {sessions.length === 0 ? (
        <>
          <p className="empty">{t('agenda.empty')}</p>
          <p>
            <Link to={`/symposia/${encodeURIComponent(symposium.id)}/programme`}>{t('agenda.programmeLink')}</Link>
          </p>
        </>
      ) : (
        days.map((day) => (
          <section key={day.key} aria-labelledby={`agenda-day-${day.key}`} className="slot">
            <h3 id={`agenda-day-${day.key}`} className="slot__title">
              {day.label}
            </h3>
            <ol className="sessions">
              {day.sessions.map((s) => {
                const hosting = member !== null && s.hostIds.includes(member.id);
                return (
                  <li key={s.dialogueId} className={hosting ? 'session session--hosting' : 'session'} aria-labelledby={`agenda-${s.dialogueId}`}>
                    <p className="agenda__time">
                      <time dateTime={s.startsAt}>{formatTimeRange(s.startsAt, s.endsAt, zone)}</time>
                    </p>
                    <h4 id={`agenda-${s.dialogueId}`} className="session__title">
                      <Link to={`/dialogues/${encodeURIComponent(s.dialogueId)}`}>{s.title}</Link>
                    </h4>
                    <dl className="facts facts--compact">
                      <div>
                        <dt>{t('agenda.yourPart')}</dt>
                        <dd>
                          <strong className={hosting ? 'tag tag--kind' : 'tag'}>{hosting ? t('agenda.hosting') : t('agenda.joined')}</strong>
                        </dd>
                      </div>
                      <div>
                        <dt>{t('dialogue.strand')}</dt>
                        <dd>{strandTitle(symposium.strands, s.strandId)}</dd>
                      </div>
                      <div>
                        <dt>{t('dialogue.where')}</dt>
                        <dd>{s.roomName ?? t('dialogue.noRoom')}</dd>
                      </div>
                    </dl>
                  </li>
                );
              })}
            </ol>
          </section>
        ))
      )}
    </section>
  );
}

interface AgendaPageData {
  symposium: Symposium | null;
  sessions: ScheduledSession[];
}

/** /agenda (the current symposium) and /symposia/:id/agenda: the member's dialogues and calendar. */
export function Agenda() {
  const { id } = useParams();
  const { resource, reload } = useResource<AgendaPageData>(
    async (signal) => {
      const symposium = id
        ? (await symposia.get(id, signal)).data
        : currentSymposium((await symposia.list(signal)).data ?? []);
      if (!symposium) return { symposium: null, sessions: [] };
      const sessions = (await agenda.mine(symposium.id, signal)).data ?? [];
      return { symposium, sessions };
    },
    [id],
  );

  return (
    <ResourcePage
      title={t('agenda.title')}
      resource={resource}
      reload={reload}
      loading={t('agenda.loading')}
      signIn={t('agenda.signIn')}
    >
      {({ symposium, sessions }) =>
        symposium ? (
          <>
            <p className="lead">{symposium.title}</p>
            <Sessions symposium={symposium} sessions={sessions} />
            <Subscription symposiumId={symposium.id} />
          </>
        ) : (
          <p>{t('home.noSymposium')}</p>
        )
      }
    </ResourcePage>
  );
}
