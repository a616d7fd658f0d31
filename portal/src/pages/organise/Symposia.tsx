import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { organise, symposia } from '../../api/endpoints';
import type { Symposium } from '../../api/types';
import { ConfirmBox } from '../../components/ConfirmBox';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemAlert, StatusMessage } from '../../components/Status';
import { useAction } from '../../components/useProblemForm';
import { formatDate, formatInstant, t } from '../../i18n/i18n';
import { useResource } from '../../session/useResource';
import { OrganiseFailure, OrganiserGate, organisePath, OrganiseSymposiumPage, SymposiumNav } from './common';
import { emptySymposiumForm, SymposiumForm, symposiumFormOf } from './SymposiumForm';

const dates = (symposium: Symposium) =>
  symposium.startsOn === symposium.endsOn
    ? formatDate(symposium.startsOn)
    : t('symposium.dateRange', { start: formatDate(symposium.startsOn), end: formatDate(symposium.endsOn) });

export function SymposiumStatusBadge({ symposium }: { symposium: Symposium }) {
  return (
    <strong className={`state state--symposium-${symposium.status.toLowerCase()}`}>
      {t(`organise.status.${symposium.status}`)}
    </strong>
  );
}

function SymposiumList() {
  const { resource, reload } = useResource(async (signal) => (await symposia.list(signal)).data ?? [], []);
  if (resource.state === 'loading') return <Loading label={t('organise.symposia.loading')} />;
  if (resource.state === 'failed') return <OrganiseFailure error={resource.error} onRetry={reload} />;
  const list = resource.data;
  return (
    <>
      <p>
        <Link className="button" to="/organise/new">
          {t('organise.symposia.create')}
        </Link>
      </p>
      <section aria-labelledby="organise-symposia-title">
        <h2 id="organise-symposia-title">{t('organise.symposia.title')}</h2>
        {list.length === 0 ? (
          <p className="empty">{t('organise.symposia.empty')}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="organise-symposia-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="organise-symposia-caption">{t('organise.symposia.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('organise.symposia.symposium')}</th>
                  <th scope="col">{t('organise.symposia.dates')}</th>
                  <th scope="col">{t('organise.symposia.status')}</th>
                  <th scope="col">{t('organise.symposia.capacity')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((symposium) => (
                  <tr key={symposium.id}>
                    <th scope="row">
                      <Link to={organisePath(symposium.id)}>{symposium.title}</Link>
                    </th>
                    <td>{dates(symposium)}</td>
                    <td>
                      <SymposiumStatusBadge symposium={symposium} />
                    </td>
                    <td>{symposium.capacity}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

/** /organise: every symposium (drafts too), to pick one to manage, and the way to create one. */
export function OrganiseHome() {
  return (
    <>
      <PageHeading title={t('organise.title')}>{t('organise.title')}</PageHeading>
      <p className="lead">{t('organise.intro')}</p>
      <OrganiserGate>
        <SymposiumList />
      </OrganiserGate>
    </>
  );
}

/** /organise/new: a new symposium starts as a draft; publishing it opens it to members. */
export function SymposiumNew() {
  const navigate = useNavigate();
  return (
    <>
      <PageHeading title={t('organise.new.title')}>{t('organise.new.title')}</PageHeading>
      <p>
        <Link to="/organise">{t('organise.backToSymposia')}</Link>
      </p>
      <OrganiserGate>
        <p>{t('organise.new.intro')}</p>
        <SymposiumForm
          initial={emptySymposiumForm()}
          existing={null}
          onSaved={(created) =>
            navigate(organisePath(created.id), { state: { message: t('organise.new.created', { title: created.title }) } })
          }
        />
      </OrganiserGate>
    </>
  );
}

function SymposiumFacts({ symposium }: { symposium: Symposium }) {
  return (
    <dl className="facts">
      <div>
        <dt>{t('organise.symposia.dates')}</dt>
        <dd>{dates(symposium)}</dd>
      </div>
      <div>
        <dt>{t('organise.form.timeZone')}</dt>
        <dd>{symposium.timeZone ?? t('form.notStated')}</dd>
      </div>
      <div>
        <dt>{t('organise.form.venuePhysical')}</dt>
        <dd>{symposium.venue?.physical ?? t('form.notStated')}</dd>
      </div>
      <div>
        <dt>{t('organise.form.venueVirtualUrl')}</dt>
        <dd>{symposium.venue?.virtualUrl ?? t('form.notStated')}</dd>
      </div>
      <div>
        <dt>{t('organise.form.capacity')}</dt>
        <dd>{symposium.capacity}</dd>
      </div>
      <div>
        <dt>{t('organise.overview.window')}</dt>
        <dd>
          {symposium.registrationOpensAt && symposium.registrationClosesAt
            ? t('organise.overview.windowRange', {
                opens: formatInstant(symposium.registrationOpensAt),
                closes: formatInstant(symposium.registrationClosesAt),
              })
            : t('form.notStated')}
        </dd>
      </div>
      <div>
        <dt>{t('organise.form.approvalMode')}</dt>
        <dd>{symposium.approvalMode === 'MODERATED' ? t('organise.approvalMode.MODERATED') : t('organise.approvalMode.AUTOMATIC')}</dd>
      </div>
      <div>
        <dt>{t('organise.form.maxStrands')}</dt>
        <dd>{symposium.maxStrandsPerParticipant}</dd>
      </div>
      <div>
        <dt>{t('organise.form.claimWindow')}</dt>
        <dd>{t('organise.overview.hours', { count: symposium.offerClaimWindowHours })}</dd>
      </div>
      <div>
        <dt id="organise-overview-strands">{t('organise.form.strands')}</dt>
        <dd>
          <ol className="strand-list" aria-labelledby="organise-overview-strands">
            {symposium.strands.map((strand) => (
              <li key={strand.id}>
                <strong>{strand.title}</strong>{' '}
                <span className="muted">
                  {strand.cap == null ? t('organise.overview.noCap') : t('organise.overview.cap', { count: strand.cap })}
                </span>
              </li>
            ))}
          </ol>
        </dd>
      </div>
    </dl>
  );
}

/** Publish (a draft) or close (a published symposium); closing asks first. */
function Lifecycle({ symposium, onChanged }: { symposium: Symposium; onChanged: (symposium: Symposium, message: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAction();

  const change = (action: () => Promise<{ data: Symposium }>, message: string) =>
    run(async () => {
      const { data } = await action();
      setConfirming(false);
      onChanged(data, message);
    });

  return (
    <section aria-labelledby="organise-lifecycle-title" className="panel">
      <h2 id="organise-lifecycle-title">{t('organise.overview.lifecycle')}</h2>
      <p>
        <SymposiumStatusBadge symposium={symposium} />
      </p>
      <p>{t(`organise.status.${symposium.status}.text`)}</p>
      <ProblemAlert error={error} />
      {symposium.status === 'DRAFT' ? (
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void change(() => organise.publishSymposium(symposium.id), t('organise.overview.published'))}
          >
            {t('organise.overview.publish')}
          </button>
        </div>
      ) : null}
      {symposium.status === 'PUBLISHED' && !confirming ? (
        <div className="actions">
          <button type="button" className="button button--danger" disabled={busy} onClick={() => setConfirming(true)}>
            {t('organise.overview.close')}
          </button>
        </div>
      ) : null}
      {confirming ? (
        <ConfirmBox
          id="organise-close-title"
          title={t('organise.overview.closeConfirmTitle')}
          text={t('organise.overview.closeConfirmText')}
          confirm={t('organise.overview.closeConfirm')}
          keep={t('organise.overview.closeKeep')}
          busy={busy}
          onConfirm={() => void change(() => organise.closeSymposium(symposium.id), t('organise.overview.closed'))}
          onKeep={() => setConfirming(false)}
        />
      ) : null}
    </section>
  );
}

function Overview({ id }: { id: string }) {
  const location = useLocation();
  const arrived = (location.state as { message?: string } | null)?.message ?? '';
  const { resource, reload, setResource } = useResource(async (signal) => (await symposia.get(id, signal)).data, [id]);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState(arrived);
  const editButton = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (returnFocus && !editing) editButton.current?.focus();
  }, [returnFocus, editing]);

  if (resource.state === 'loading') return <Loading label={t('organise.overview.loading')} />;
  if (resource.state === 'failed') return <OrganiseFailure error={resource.error} onRetry={reload} />;
  const symposium = resource.data;
  const changed = (updated: Symposium, message: string) => {
    setResource({ state: 'loaded', data: updated });
    setStatus(message);
  };
  return (
    <>
      <SymposiumNav symposium={symposium} />
      <StatusMessage>{status}</StatusMessage>
      <Lifecycle symposium={symposium} onChanged={changed} />
      {editing ? (
        <SymposiumForm
          initial={symposiumFormOf(symposium)}
          existing={symposium}
          onSaved={(saved) => {
            changed(saved, t('organise.overview.saved'));
            setEditing(false);
            setReturnFocus(true);
          }}
          onCancel={() => {
            setEditing(false);
            setReturnFocus(true);
          }}
          onReload={() => {
            setEditing(false);
            reload();
          }}
        />
      ) : (
        <section aria-labelledby="organise-details-title" className="panel">
          <h2 id="organise-details-title">{t('organise.overview.details')}</h2>
          <p className="lead">{symposium.title}</p>
          {symposium.description ? <p className="symposium__description">{symposium.description}</p> : null}
          <SymposiumFacts symposium={symposium} />
          {symposium.status !== 'CLOSED' ? (
            <div className="actions">
              <button ref={editButton} type="button" className="button" onClick={() => setEditing(true)}>
                {t('organise.overview.edit')}
              </button>
            </div>
          ) : null}
        </section>
      )}
    </>
  );
}

/** /organise/symposia/:id: a symposium's details, editing, publishing and closing. */
export function SymposiumOverview() {
  return <OrganiseSymposiumPage title={t('organise.overview.title')} body={Overview} />;
}
