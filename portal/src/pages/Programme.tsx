import { useId, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { programmes, symposia } from '../api/endpoints';
import { PRINCIPLES, type Programme as ProgrammeData, type ProgrammeSession, type Symposium } from '../api/types';
import { principleName, PrincipleTags, strandTitle } from '../components/DialogueFacts';
import { SelectField } from '../components/Fields';
import { CurrentSymposiumPage, ResourcePage } from '../components/ResourcePage';
import { StatusMessage } from '../components/Status';
import { browserTimeZone, formatTimeRange, t, validTimeZone } from '../i18n/i18n';
import { useSession } from '../session/Session';
import { useResource } from '../session/useResource';

export interface ProgrammeFilters {
  strand: string;
  principle: string;
  slot: string;
}

export const NO_FILTERS: ProgrammeFilters = { strand: '', principle: '', slot: '' };

/** The programme's slots with only the sessions that pass the filters; slots left empty are dropped. */
export function filterProgramme(programme: ProgrammeData, filters: ProgrammeFilters) {
  const principle = filters.principle ? Number(filters.principle) : null;
  const keep = (session: ProgrammeSession) =>
    (!filters.strand || session.strandId === filters.strand) &&
    (principle === null || session.principles.includes(principle));
  return programme.slots
    .filter(({ slot }) => !filters.slot || slot.id === filters.slot)
    .map(({ slot, sessions }) => ({ slot, sessions: sessions.filter(keep) }))
    .filter(({ sessions }) => sessions.length > 0);
}

function Session({
  session,
  programme,
  symposium,
}: {
  session: ProgrammeSession;
  programme: ProgrammeData;
  symposium: Symposium;
}) {
  const headingId = useId();
  const room = programme.rooms.find((r) => r.id === session.roomId);
  return (
    <li className="session" aria-labelledby={headingId}>
      <h4 id={headingId} className="session__title">
        <Link to={`/dialogues/${encodeURIComponent(session.dialogueId)}`}>{session.title}</Link>
      </h4>
      <dl className="facts facts--compact">
        <div>
          <dt>{t('dialogue.strand')}</dt>
          <dd>{strandTitle(symposium.strands, session.strandId)}</dd>
        </div>
        <div>
          <dt>{t('dialogue.principles')}</dt>
          <dd>
            <PrincipleTags principles={session.principles} />
          </dd>
        </div>
        <div>
          <dt>{t('dialogue.where')}</dt>
          <dd>
            {session.roomName ?? room?.name ?? t('dialogue.noRoom')}
            {room?.kind === 'VIRTUAL' ? ` ${t('programme.online')}` : ''}
          </dd>
        </div>
      </dl>
    </li>
  );
}

function ProgrammeView({ programme, symposium }: { programme: ProgrammeData; symposium: Symposium }) {
  const { session } = useSession();
  const profileZone = session.status === 'signedIn' ? validTimeZone(session.member?.timeZone) : undefined;
  const zone = profileZone ?? browserTimeZone();
  const [filters, setFilters] = useState<ProgrammeFilters>(NO_FILTERS);
  const shown = useMemo(() => filterProgramme(programme, filters), [programme, filters]);
  const count = shown.reduce((sum, { sessions }) => sum + sessions.length, 0);
  const set = (name: keyof ProgrammeFilters) => (value: string) => setFilters((previous) => ({ ...previous, [name]: value }));
  const strandsInProgramme = symposium.strands.filter((strand) =>
    programme.slots.some(({ sessions }) => sessions.some((s) => s.strandId === strand.id)),
  );
  const filtered = filters.strand !== '' || filters.principle !== '' || filters.slot !== '';

  return (
    <>
      <p>{profileZone ? t('programme.timesInProfileZone', { zone }) : t('programme.timesInBrowserZone', { zone })}</p>
      {programme.publishedAt === null ? <p className="notice">{t('programme.draftNotice')}</p> : null}
      <section aria-labelledby="programme-filters-title" className="panel">
        <h2 id="programme-filters-title">{t('programme.filters')}</h2>
        <div className="filters">
          <SelectField
            id="programme-strand"
            label={t('programme.filterStrand')}
            value={filters.strand}
            onChange={set('strand')}
            emptyLabel={t('programme.allStrands')}
            options={strandsInProgramme.map((strand) => ({ value: strand.id, label: strand.title }))}
          />
          <SelectField
            id="programme-principle"
            label={t('programme.filterPrinciple')}
            value={filters.principle}
            onChange={set('principle')}
            emptyLabel={t('programme.allPrinciples')}
            options={PRINCIPLES.map((p) => ({ value: String(p), label: principleName(p) }))}
          />
          <SelectField
            id="programme-slot"
            label={t('programme.filterSlot')}
            value={filters.slot}
            onChange={set('slot')}
            emptyLabel={t('programme.allSlots')}
            options={programme.slots.map(({ slot }) => ({
              value: slot.id,
              label: slot.label ?? formatTimeRange(slot.startsAt, slot.endsAt, zone),
            }))}
          />
        </div>
        {filtered ? (
          <div className="actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setFilters(NO_FILTERS);
                // The button goes with the filters: the focus moves to the first filter, not to the page's start.
                document.getElementById('programme-strand')?.focus();
              }}
            >
              {t('programme.clearFilters')}
            </button>
          </div>
        ) : null}
        <StatusMessage id="programme-count">{t('programme.matching', { count })}</StatusMessage>
      </section>

      <section aria-labelledby="programme-sessions-title">
        <h2 id="programme-sessions-title">{t('programme.sessions')}</h2>
      {count === 0 ? (
        <p className="empty">{filtered ? t('programme.noMatch') : t('programme.noSessions')}</p>
      ) : (
        shown.map(({ slot, sessions }) => (
          <section key={slot.id} aria-labelledby={`slot-${slot.id}`} className="slot">
            <h3 id={`slot-${slot.id}`} className="slot__title">
              {slot.label ? `${slot.label}: ` : ''}
              {formatTimeRange(slot.startsAt, slot.endsAt, zone)}
            </h3>
            <ul className="sessions">
              {sessions.map((s) => (
                <Session key={s.dialogueId} session={s} programme={programme} symposium={symposium} />
              ))}
            </ul>
          </section>
        ))
      )}
      </section>
    </>
  );
}

interface ProgrammePageData {
  symposium: Symposium;
  programme: ProgrammeData | null;
}

export function Programme() {
  const { id = '' } = useParams();
  const { resource, reload } = useResource<ProgrammePageData>(
    async (signal) => {
      const [symposium, programme] = await Promise.all([
        symposia.get(id, signal).then((r) => r.data),
        programmes.get(id, signal),
      ]);
      return { symposium, programme };
    },
    [id],
  );

  return (
    <ResourcePage
      title={t('programme.title')}
      resource={resource}
      reload={reload}
      loading={t('programme.loading')}
      signIn={t('programme.signIn')}
    >
      {({ symposium, programme }) => (
        <>
          <p className="lead">{symposium.title}</p>
          <p>
            <Link to={`/symposia/${encodeURIComponent(symposium.id)}/propose`}>{t('programme.proposeLink')}</Link>
          </p>
          {programme ? (
            <ProgrammeView programme={programme} symposium={symposium} />
          ) : (
            <p className="empty">{t('programme.notPublished')}</p>
          )}
        </>
      )}
    </ResourcePage>
  );
}

/** /programme: the current symposium's programme, or why there is none. */
export function ProgrammeCurrent() {
  return <CurrentSymposiumPage page="programme" title={t('programme.title')} loading={t('programme.loading')} signIn={t('programme.signIn')} />;
}
