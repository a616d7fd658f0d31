import { useEffect, useRef, useState, type FormEvent } from 'react';
import { library } from '../api/endpoints';
import { ARTEFACT_CATEGORIES, LICENCES, type LibraryArtefact, type Symposium } from '../api/types';
import { formatInstant, t, type MessageKey } from '../i18n/i18n';
import { FileField, formatSize, UploadProgressBar, uploadProblemText, useArtefactUpload } from './ArtefactUpload';
import { ConfirmBox } from './ConfirmBox';
import { PrincipleTags, strandTitle } from './DialogueFacts';
import { ProblemAlert } from './Status';
import { useAction } from './useProblemForm';

/** Types of file the service makes a thumbnail of (Previews.canPreview). */
const PREVIEWABLE = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif']);
/** Types the service lets a browser show inline, sandboxed (AllowedTypes.mayShowInline). */
const INLINE_SAFE = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** A link artefact's address, only when it is http(s): never a javascript: or data: URL. */
export const externalUrl = (url: string | null | undefined) => (url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null);
/** A version's download path, only when it is one of the API's own paths. */
const apiPath = (path: string | null | undefined) => (path && /^\/api\/v1\/artefacts\//.test(path) ? path : null);

export function categoryLabel(category: string | null | undefined): string {
  if (!category) return t('artefactType.PENDING');
  return (ARTEFACT_CATEGORIES as readonly string[]).includes(category) ? t(`artefactType.${category}` as MessageKey) : category;
}

export function licenceLabel(licence: string): string {
  return (LICENCES as readonly string[]).includes(licence) ? t(`licence.${licence}` as MessageKey) : licence;
}

/** A language tag by name where the browser knows it: "English (en)". */
export function languageLabel(tag: string): string {
  try {
    const name = new Intl.DisplayNames([navigator.language || 'en'], { type: 'language' }).of(tag);
    return name && name !== tag ? t('library.languageName', { name, tag }) : tag;
  } catch {
    return tag;
  }
}

function Thumbnail({ artefact }: { artefact: LibraryArtefact }) {
  const [failed, setFailed] = useState(false);
  const version = artefact.currentVersion;
  const category = artefact.kind === 'LINK' ? 'LINK' : artefact.category;
  if (artefact.kind === 'FILE' && version && PREVIEWABLE.has(version.mediaType) && !failed && artefact.status === 'AVAILABLE') {
    return (
      <img
        className="artefact-card__thumb"
        src={library.previewPath(artefact.id)}
        alt={t('library.previewAlt', { title: artefact.details.title })}
        loading="lazy"
        onError={() => setFailed(true)}
      />
    );
  }
  return (
    <span className={`artefact-card__type artefact-card__type--${(category ?? 'pending').toLowerCase()}`} aria-hidden="true">
      {categoryLabel(category)}
    </span>
  );
}

function Safeguarding({ artefact }: { artefact: LibraryArtefact }) {
  const safeguarding = artefact.details.safeguarding;
  if (!safeguarding?.containsLearnersWork) return <>{t('library.safeguarding.none')}</>;
  return (
    <>
      {[
        t('library.safeguarding.learners'),
        safeguarding.consentObtained ? t('library.safeguarding.consent') : null,
        safeguarding.anonymised ? t('library.safeguarding.anonymised') : t('library.safeguarding.notAnonymised'),
      ]
        .filter(Boolean)
        .join(' ')}
    </>
  );
}

function Versions({ artefact, titleId }: { artefact: LibraryArtefact; titleId: string }) {
  const versions = [...(artefact.versions ?? [])].sort((a, b) => b.number - a.number);
  if (artefact.kind === 'LINK') return null;
  return (
    <>
      <h4 id={titleId} className="artefact-card__subtitle">
        {t('library.versions')}
      </h4>
      {versions.length === 0 ? (
        <p className="empty">{t('library.noVersions')}</p>
      ) : (
        <div className="table-scroll">
          <table className="versions" aria-labelledby={titleId}>
            <thead>
              <tr>
                <th scope="col">{t('library.version')}</th>
                <th scope="col">{t('library.fileName')}</th>
                <th scope="col">{t('library.size')}</th>
                <th scope="col">{t('library.uploadedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version) => {
                const href = artefact.status === 'AVAILABLE' || artefact.status === 'AWAITING_FILE' ? apiPath(version.download) : null;
                return (
                  <tr key={version.number}>
                    <th scope="row">
                      {version.number === artefact.currentVersion?.number
                        ? t('library.versionCurrent', { number: version.number })
                        : t('library.versionNumber', { number: version.number })}
                    </th>
                    <td>
                      {href ? (
                        <a href={href} aria-label={t('library.downloadVersion', { number: version.number, name: version.fileName })}>
                          {version.fileName}
                        </a>
                      ) : (
                        version.fileName
                      )}
                    </td>
                    <td>{formatSize(version.size)}</td>
                    <td>
                      <time dateTime={version.uploadedAt}>{formatInstant(version.uploadedAt)}</time>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** The owner's file upload on a card: the first file of an artefact awaiting one, or a new version. */
function NewVersion({
  artefact,
  idPrefix,
  onUploaded,
}: {
  artefact: LibraryArtefact;
  idPrefix: string;
  onUploaded: (artefact: LibraryArtefact, message: string) => void;
}) {
  const { state, start, cancel, reset } = useArtefactUpload();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const first = artefact.status === 'AWAITING_FILE';
  const id = `${idPrefix}-file`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      input.current?.focus();
      return;
    }
    setMissing(false);
    const uploaded = await start(artefact.id, file);
    if (uploaded) {
      setFile(null);
      if (input.current) input.current.value = '';
      onUploaded(
        uploaded,
        first
          ? t('library.fileUploaded', { title: uploaded.details.title })
          : t('library.versionUploaded', { number: uploaded.currentVersion?.number ?? 0, title: uploaded.details.title }),
      );
    }
  };

  const errors = missing ? [t('upload.chooseFileSentence')] : state.phase === 'failed' ? [uploadProblemText(state.error)] : [];
  return (
    <form className="form artefact-card__upload" noValidate onSubmit={onSubmit} aria-labelledby={`${idPrefix}-upload-title`}>
      <h4 id={`${idPrefix}-upload-title`} className="artefact-card__subtitle">
        {first ? t('library.uploadFirst') : t('library.uploadVersion')}
      </h4>
      <FileField
        id={id}
        inputRef={input}
        label={t('upload.file')}
        hint={t('upload.fileHint')}
        errors={errors}
        disabled={state.phase === 'uploading'}
        onChange={(chosen) => {
          setFile(chosen);
          setMissing(false);
          if (state.phase === 'failed') reset();
        }}
      />
      {state.phase === 'uploading' ? (
        <UploadProgressBar id={`${idPrefix}-progress`} fileName={file?.name ?? ''} progress={state.progress} onCancel={cancel} />
      ) : (
        <div className="actions">
          <button type="submit" className="button button--secondary">
            {first ? t('library.uploadFirstSubmit') : t('library.uploadVersionSubmit')}
          </button>
        </div>
      )}
    </form>
  );
}

function Withdraw({
  artefact,
  idPrefix,
  onWithdrawn,
}: {
  artefact: LibraryArtefact;
  idPrefix: string;
  onWithdrawn: (artefact: LibraryArtefact, message: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAction();
  const start = useRef<HTMLButtonElement>(null);
  /** "Keep it" gives the focus back to "Withdraw" (the box it was in is gone). */
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!confirming && returnFocus.current) {
      returnFocus.current = false;
      start.current?.focus();
    }
  }, [confirming]);

  const onConfirm = () =>
    run(async () => {
      const { data } = await library.withdraw(artefact.id);
      onWithdrawn(data, t('library.withdrawn', { title: data.details.title }));
    });

  if (!confirming) {
    return (
      <div className="actions">
        <button ref={start} type="button" className="button button--danger" onClick={() => setConfirming(true)}>
          {t('library.withdraw')}
        </button>
      </div>
    );
  }
  return (
    <ConfirmBox
      id={`${idPrefix}-withdraw-title`}
      level={4}
      title={t('library.withdrawConfirmTitle', { title: artefact.details.title })}
      text={t('library.withdrawConfirmText')}
      confirm={t('library.withdrawConfirm')}
      keep={t('library.withdrawKeep')}
      busy={busy}
      onConfirm={() => void onConfirm()}
      onKeep={() => {
        returnFocus.current = true;
        setConfirming(false);
      }}
    >
      <ProblemAlert error={error} />
    </ConfirmBox>
  );
}

/**
 * One artefact: a thumbnail (images and PDFs) or its type, what it is about, how to open it, and a
 * disclosure with its details and version history. With `manage`, the owner's actions too.
 */
export function ArtefactCard({
  artefact,
  symposium,
  idPrefix,
  mine,
  manage = false,
  onChanged,
}: {
  artefact: LibraryArtefact;
  symposium: Symposium;
  idPrefix: string;
  mine: boolean;
  manage?: boolean;
  onChanged?: (artefact: LibraryArtefact, message: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  const base = `${idPrefix}-${artefact.id}`;
  const details = artefact.details;
  const version = artefact.currentVersion;
  const available = artefact.status === 'AVAILABLE';
  const link = artefact.kind === 'LINK' ? externalUrl(artefact.url) : null;
  const closed = artefact.status === 'WITHDRAWN' || artefact.status === 'TAKEN_DOWN';

  const changed = (next: LibraryArtefact, message: string) => {
    onChanged?.(next, message);
    title.current?.focus();
  };

  return (
    <li className={details.visibility === 'PARTICIPANTS' ? 'artefact-card artefact-card--participants' : 'artefact-card'} aria-labelledby={`${base}-title`}>
      <div className="artefact-card__media">
        <Thumbnail artefact={artefact} />
      </div>
      <div className="artefact-card__body">
        <h3 id={`${base}-title`} ref={title} tabIndex={-1} className="artefact-card__title">
          {details.title}
        </h3>
        <ul className="tags" aria-label={t('library.labels')}>
          <li className="tag">{categoryLabel(artefact.kind === 'LINK' ? 'LINK' : artefact.category)}</li>
          <li className={`tag tag--visibility tag--${details.visibility.toLowerCase()}`}>{t(`visibility.${details.visibility}`)}</li>
          {artefact.status !== 'AVAILABLE' ? (
            <li className={`tag tag--status tag--${artefact.status.toLowerCase()}`}>{t(`library.status.${artefact.status}`)}</li>
          ) : null}
          {mine ? <li className="tag tag--kind">{t('library.yours')}</li> : null}
        </ul>
        {details.description ? <p className="prose artefact-card__description">{details.description}</p> : null}
        {artefact.status === 'TAKEN_DOWN' && artefact.statusReason ? (
          <p className="notice">{t('library.takenDownReason', { reason: artefact.statusReason })}</p>
        ) : null}
        {artefact.status === 'AWAITING_FILE' ? <p className="notice">{t('library.awaitingFileText')}</p> : null}
        <dl className="facts facts--compact">
          <div>
            <dt>{t('library.strands')}</dt>
            <dd>{details.strandIds.map((id) => strandTitle(symposium.strands, id)).join('; ')}</dd>
          </div>
          <div>
            <dt id={`${base}-principles`}>{t('library.principles')}</dt>
            <dd>
              <PrincipleTags principles={details.principles ?? []} labelledBy={`${base}-principles`} />
            </dd>
          </div>
        </dl>
        {!closed ? (
          <p className="artefact-card__open">
            {link ? (
              <a href={link} rel="noopener noreferrer nofollow">
                {t('library.openLink', { title: details.title })}
              </a>
            ) : null}
            {artefact.kind === 'FILE' && version && available ? (
              <>
                <a href={library.filePath(artefact.id)}>
                  {t('library.download', { name: version.fileName, size: formatSize(version.size) })}
                </a>
                {INLINE_SAFE.has(version.mediaType) ? (
                  <>
                    {' '}
                    <a href={library.filePath(artefact.id, true)} target="_blank" rel="noopener noreferrer">
                      {t('library.openInBrowser', { title: details.title })}
                    </a>
                  </>
                ) : null}
              </>
            ) : null}
          </p>
        ) : null}
        <button
          type="button"
          className="button button--quiet button--secondary disclosure"
          aria-expanded={open}
          aria-controls={`${base}-details`}
          onClick={() => setOpen((now) => !now)}
        >
          {open ? t('library.hideDetails', { title: details.title }) : t('library.showDetails', { title: details.title })}
        </button>
        <div id={`${base}-details`} className="artefact-card__details" hidden={!open}>
          {open ? (
            <>
              <dl className="facts">
                {link ? (
                  <div>
                    <dt>{t('library.address')}</dt>
                    <dd>{link}</dd>
                  </div>
                ) : null}
                <div>
                  <dt>{t('library.language')}</dt>
                  <dd>{languageLabel(details.language)}</dd>
                </div>
                <div>
                  <dt>{t('library.licence')}</dt>
                  <dd>{licenceLabel(details.licence)}</dd>
                </div>
                <div>
                  <dt>{t('library.visibility')}</dt>
                  <dd>{t(`visibility.${details.visibility}.hint`)}</dd>
                </div>
                <div>
                  <dt>{t('library.tags')}</dt>
                  <dd>{details.tags?.length ? details.tags.join(', ') : t('library.noTags')}</dd>
                </div>
                <div>
                  <dt>{t('library.safeguarding')}</dt>
                  <dd>
                    <Safeguarding artefact={artefact} />
                  </dd>
                </div>
                {artefact.createdAt ? (
                  <div>
                    <dt>{t('library.sharedOn')}</dt>
                    <dd>
                      <time dateTime={artefact.createdAt}>{formatInstant(artefact.createdAt)}</time>
                    </dd>
                  </div>
                ) : null}
              </dl>
              <Versions artefact={artefact} titleId={`${base}-versions`} />
            </>
          ) : null}
        </div>
        {manage && mine && !closed ? (
          <>
            {artefact.kind === 'FILE' ? <NewVersion artefact={artefact} idPrefix={base} onUploaded={changed} /> : null}
            <Withdraw artefact={artefact} idPrefix={base} onWithdrawn={changed} />
          </>
        ) : null}
      </div>
    </li>
  );
}

/** A list of artefact cards, or what to say when there are none. */
export function ArtefactList({
  artefacts,
  symposium,
  idPrefix,
  me,
  manage = false,
  empty,
  onChanged,
  labelledBy,
}: {
  artefacts: readonly LibraryArtefact[];
  symposium: Symposium;
  idPrefix: string;
  me: string | undefined;
  manage?: boolean;
  empty: string;
  onChanged?: (artefact: LibraryArtefact, message: string) => void;
  labelledBy?: string;
}) {
  if (artefacts.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ul className="artefact-cards" aria-labelledby={labelledBy}>
      {artefacts.map((artefact) => (
        <ArtefactCard
          key={artefact.id}
          artefact={artefact}
          symposium={symposium}
          idPrefix={idPrefix}
          mine={me !== undefined && artefact.ownerId === me}
          manage={manage}
          onChanged={onChanged}
        />
      ))}
    </ul>
  );
}
