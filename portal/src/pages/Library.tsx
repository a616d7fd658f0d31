import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { LIBRARY_PAGE_SIZE, library, registrations, symposia } from '../api/endpoints';
import {
  ARTEFACT_CATEGORIES,
  LICENCES,
  PRINCIPLES,
  type LibraryArtefact,
  type Registration,
  type Symposium,
} from '../api/types';
import { ArtefactList, categoryLabel, languageLabel, licenceLabel } from '../components/ArtefactCard';
import { principleName } from '../components/DialogueFacts';
import { FieldFrame, SelectField } from '../components/Fields';
import { CurrentSymposiumPage, ResourcePage } from '../components/ResourcePage';
import { ShareArtefactForm } from '../components/ShareArtefactForm';
import { Loading, ProblemMessage, StatusMessage } from '../components/Status';
import { t } from '../i18n/i18n';
import { useSession } from '../session/Session';
import { useResource } from '../session/useResource';

/** The library's filters, as the page's query string keeps them (so a search can be shared and survives "back"). */
export interface LibraryFilters {
  q: string;
  strand: string;
  principle: string;
  type: string;
  language: string;
  licence: string;
}

const FILTER_NAMES = ['q', 'strand', 'principle', 'type', 'language', 'licence'] as const;

export function filtersOf(params: URLSearchParams): LibraryFilters {
  return Object.fromEntries(FILTER_NAMES.map((name) => [name, params.get(name) ?? ''])) as unknown as LibraryFilters;
}

/**
 * Language and licence are filtered here: the library's search does not take them. Strand,
 * principle, type and words are the service's own filters.
 */
export function filterLocally(artefacts: readonly LibraryArtefact[], filters: LibraryFilters): LibraryArtefact[] {
  return artefacts.filter(
    (a) =>
      (!filters.language || a.details.language === filters.language) && (!filters.licence || a.details.licence === filters.licence),
  );
}

/** Participants-only artefacts in their own section; everything shared more widely in the other. */
export function splitByVisibility(artefacts: readonly LibraryArtefact[]) {
  return {
    participants: artefacts.filter((a) => a.details.visibility === 'PARTICIPANTS'),
    shared: artefacts.filter((a) => a.details.visibility !== 'PARTICIPANTS'),
  };
}

function Results({
  symposium,
  confirmed,
  me,
  revision,
}: {
  symposium: Symposium;
  confirmed: boolean;
  me: string | undefined;
  revision: number;
}) {
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const [words, setWords] = useState(filters.q);
  useEffect(() => setWords(filters.q), [filters.q]);
  const { resource, reload } = useResource(
    async (signal) =>
      (
        await library.search(
          { symposiumId: symposium.id, strand: filters.strand, principle: filters.principle, category: filters.type, q: filters.q },
          signal,
        )
      ).data ?? [],
    [symposium.id, filters.strand, filters.principle, filters.type, filters.q, revision],
  );

  const change = (next: Partial<LibraryFilters>) => {
    const merged = { ...filters, ...next };
    const search = new URLSearchParams();
    for (const name of FILTER_NAMES) if (merged[name]) search.set(name, merged[name]);
    setParams(search, { replace: true });
  };
  const set = (name: keyof LibraryFilters) => (value: string) => change({ [name]: value });
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    change({ q: words.trim() });
  };
  const filtered = FILTER_NAMES.some((name) => filters[name] !== '');

  const loaded = resource.state === 'loaded' ? resource.data : null;
  const shown = loaded ? filterLocally(loaded, filters) : [];
  const languages = [...new Set([...(loaded ?? []).map((a) => a.details.language), ...(filters.language ? [filters.language] : [])])].sort();
  const { participants, shared } = splitByVisibility(shown);

  let results;
  if (resource.state === 'loading') results = <Loading label={t('library.loading')} />;
  else if (resource.state === 'failed') results = <ProblemMessage error={resource.error} onRetry={reload} />;
  else
    results = (
      <>
        {loaded && loaded.length >= LIBRARY_PAGE_SIZE ? <p className="notice">{t('library.firstPage', { count: LIBRARY_PAGE_SIZE })}</p> : null}
        <section aria-labelledby="library-participants-title" className="library-section library-section--participants">
          <h2 id="library-participants-title">{t('library.participantsOnly')}</h2>
          <p>{confirmed ? t('library.participantsOnlyText') : t('library.participantsOnlyNotConfirmed')}</p>
          <ArtefactList
            artefacts={participants}
            symposium={symposium}
            idPrefix="library-participants"
            me={me}
            labelledBy="library-participants-title"
            empty={filtered ? t('library.noMatch') : t('library.emptyParticipants')}
          />
        </section>
        <section aria-labelledby="library-shared-title" className="library-section">
          <h2 id="library-shared-title">{t('library.sharedWidely')}</h2>
          <p>{t('library.sharedWidelyText')}</p>
          <ArtefactList
            artefacts={shared}
            symposium={symposium}
            idPrefix="library-shared"
            me={me}
            labelledBy="library-shared-title"
            empty={filtered ? t('library.noMatch') : t('library.emptyShared')}
          />
        </section>
      </>
    );

  return (
    <>
      <section aria-labelledby="library-filters-title" className="panel">
        <h2 id="library-filters-title">{t('library.find')}</h2>
        <form role="search" className="library-search" onSubmit={onSearch}>
          <FieldFrame id="library-q" label={t('library.searchWords')} hint={t('library.searchHint')}>
            <div className="library-search__row">
              <input
                id="library-q"
                name="q"
                type="search"
                className="input"
                value={words}
                maxLength={200}
                aria-describedby="library-q-hint"
                onChange={(e) => setWords(e.target.value)}
              />
              <button type="submit" className="button">
                {t('library.search')}
              </button>
            </div>
          </FieldFrame>
        </form>
        <div className="filters">
          <SelectField
            id="library-strand"
            label={t('library.filterStrand')}
            value={filters.strand}
            onChange={set('strand')}
            emptyLabel={t('library.allStrands')}
            options={symposium.strands.map((strand) => ({ value: strand.id, label: strand.title }))}
          />
          <SelectField
            id="library-principle"
            label={t('library.filterPrinciple')}
            value={filters.principle}
            onChange={set('principle')}
            emptyLabel={t('library.allPrinciples')}
            options={PRINCIPLES.map((p) => ({ value: String(p), label: principleName(p) }))}
          />
          <SelectField
            id="library-type"
            label={t('library.filterType')}
            value={filters.type}
            onChange={set('type')}
            emptyLabel={t('library.allTypes')}
            options={ARTEFACT_CATEGORIES.map((category) => ({ value: category, label: categoryLabel(category) }))}
          />
          <SelectField
            id="library-language"
            label={t('library.filterLanguage')}
            value={filters.language}
            onChange={set('language')}
            emptyLabel={t('library.allLanguages')}
            options={languages.map((tag) => ({ value: tag, label: languageLabel(tag) }))}
          />
          <SelectField
            id="library-licence"
            label={t('library.filterLicence')}
            value={filters.licence}
            onChange={set('licence')}
            emptyLabel={t('library.allLicences')}
            options={LICENCES.map((licence) => ({ value: licence, label: licenceLabel(licence) }))}
          />
        </div>
        {filtered ? (
          <div className="actions">
            <button type="button" className="button button--secondary" onClick={() => change(Object.fromEntries(FILTER_NAMES.map((n) => [n, ''])))}>
              {t('library.clearFilters')}
            </button>
          </div>
        ) : null}
        <StatusMessage id="library-count">
          {resource.state === 'loaded' ? t('library.matching', { count: shown.length }) : ''}
        </StatusMessage>
      </section>
      {results}
    </>
  );
}

function MyArtefacts({
  symposium,
  registration,
  me,
  language,
  onShared,
}: {
  symposium: Symposium;
  registration: Registration | null;
  me: string | undefined;
  language: string | null | undefined;
  onShared: () => void;
}) {
  const { resource, reload, setResource } = useResource(
    async (signal) => (await library.mine(symposium.id, signal)).data ?? [],
    [symposium.id],
  );
  const [sharing, setSharing] = useState(false);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmed = registration?.state === 'CONFIRMED';

  const put = (artefact: LibraryArtefact) =>
    setResource((previous) =>
      previous.state === 'loaded'
        ? {
            state: 'loaded',
            data: previous.data.some((a) => a.id === artefact.id)
              ? previous.data.map((a) => (a.id === artefact.id ? artefact : a))
              : [artefact, ...previous.data],
          }
        : previous,
    );
  const changed = (artefact: LibraryArtefact, message: string) => {
    put(artefact);
    setStatus(message);
    onShared();
  };

  let list;
  if (resource.state === 'loading') list = <Loading label={t('library.loadingMine')} />;
  else if (resource.state === 'failed') list = <ProblemMessage error={resource.error} onRetry={reload} />;
  else
    list = (
      <ArtefactList
        artefacts={resource.data}
        symposium={symposium}
        idPrefix="mine"
        me={me}
        manage
        labelledBy="my-artefacts-title"
        empty={t('library.noneOfMine')}
        onChanged={changed}
      />
    );

  return (
    <>
      <section aria-labelledby="my-artefacts-title" className="panel">
        <h2 id="my-artefacts-title" ref={heading} tabIndex={-1}>
          {t('library.mine')}
        </h2>
        {confirmed ? (
          <p>{t('library.mineIntro')}</p>
        ) : (
          <p>
            {t('library.confirmedOnly')}{' '}
            <Link to={`/symposia/${encodeURIComponent(symposium.id)}/register`}>{t('library.registrationLink')}</Link>
          </p>
        )}
        <StatusMessage>{status}</StatusMessage>
        {list}
        {confirmed && !sharing ? (
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                setStatus('');
                setSharing(true);
              }}
            >
              {t('share.open')}
            </button>
          </div>
        ) : null}
      </section>
      {confirmed && sharing ? (
        <ShareArtefactForm
          symposium={symposium}
          language={language}
          onDescribed={put}
          onShared={(artefact, message) => {
            put(artefact);
            setSharing(false);
            setStatus(message);
            onShared();
            heading.current?.focus();
          }}
          onCancel={() => {
            setSharing(false);
            heading.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}

interface LibraryPageData {
  symposium: Symposium;
  registration: Registration | null;
}

export function Library() {
  const { id = '' } = useParams();
  const { session } = useSession();
  const member = session.status === 'signedIn' ? session.member : null;
  const { resource, reload } = useResource<LibraryPageData>(
    async (signal) => {
      const [symposium, registration] = await Promise.all([
        symposia.get(id, signal).then((r) => r.data),
        registrations.mine(id, signal),
      ]);
      return { symposium, registration };
    },
    [id],
  );
  const [revision, setRevision] = useState(0);

  return (
    <ResourcePage
      title={t('library.title')}
      resource={resource}
      reload={reload}
      loading={t('library.loadingPage')}
      signIn={t('library.signIn')}
      notFound={t('library.notFound')}
      back={{ to: '/', label: t('common.backHome') }}
    >
      {({ symposium, registration }) => (
        <>
          <p className="lead">{symposium.title}</p>
          <p>{t('library.intro')}</p>
          <MyArtefacts
            symposium={symposium}
            registration={registration}
            me={member?.id}
            language={member?.preferredLanguage}
            onShared={() => setRevision((n) => n + 1)}
          />
          <Results symposium={symposium} confirmed={registration?.state === 'CONFIRMED'} me={member?.id} revision={revision} />
        </>
      )}
    </ResourcePage>
  );
}

/** /artefacts: the current symposium's library, or why there is none. */
export function LibraryCurrent() {
  return <CurrentSymposiumPage page="artefacts" title={t('library.title')} loading={t('library.loadingPage')} signIn={t('library.signIn')} />;
}
