import { Link } from 'react-router';
import { currentSymposium, symposia } from '../api/endpoints';
import type { Symposium } from '../api/types';
import { PageHeading } from '../components/PageHeading';
import { SignInPrompt } from '../components/SignInPrompt';
import { Loading, ProblemMessage } from '../components/Status';
import { formatDate, t, type MessageKey } from '../i18n/i18n';
import { useResource } from '../session/useResource';

const PRINCIPLES: readonly { title: MessageKey; text: MessageKey }[] = [
  { title: 'principles.1.title', text: 'principles.1.text' },
  { title: 'principles.2.title', text: 'principles.2.text' },
  { title: 'principles.3.title', text: 'principles.3.text' },
  { title: 'principles.4.title', text: 'principles.4.text' },
  { title: 'principles.5.title', text: 'principles.5.text' },
];

export function SymposiumDetails({ symposium, headingLevel = 3 }: { symposium: Symposium; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const StrandHeading = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <article className="symposium" aria-labelledby={`symposium-${symposium.id}`}>
      <Heading id={`symposium-${symposium.id}`}>{symposium.title}</Heading>
      <dl className="facts">
        <div>
          <dt>{t('symposium.dates')}</dt>
          <dd>
            {symposium.startsOn === symposium.endsOn
              ? formatDate(symposium.startsOn)
              : t('symposium.dateRange', { start: formatDate(symposium.startsOn), end: formatDate(symposium.endsOn) })}
          </dd>
        </div>
        {symposium.venue?.physical ? (
          <div>
            <dt>{t('symposium.venue')}</dt>
            <dd>{symposium.venue.physical}</dd>
          </div>
        ) : null}
        {symposium.venue?.virtualUrl ? (
          <div>
            <dt>{t('symposium.virtualVenue')}</dt>
            <dd>
              <a href={symposium.venue.virtualUrl} rel="noopener noreferrer">
                {symposium.venue.virtualUrl}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      {symposium.description ? <p className="symposium__description">{symposium.description}</p> : null}
      <section aria-labelledby={`strands-${symposium.id}`}>
        <StrandHeading id={`strands-${symposium.id}`}>{t('symposium.strands')}</StrandHeading>
        {symposium.strands.length === 0 ? (
          <p>{t('symposium.noStrands')}</p>
        ) : (
          <ol className="strand-list">
            {symposium.strands.map((strand) => (
              <li key={strand.id}>
                <strong>{strand.title}</strong>
                {strand.description ? <span className="strand-list__description">{strand.description}</span> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}

function CurrentSymposium() {
  const { resource, reload } = useResource(async (signal) => currentSymposium((await symposia.list(signal)).data ?? []), []);
  switch (resource.state) {
    case 'loading':
      return <Loading label={t('home.symposiumLoading')} />;
    case 'failed':
      if (resource.error.unauthenticated) {
        return <SignInPrompt expired={resource.error.sessionExpired} reason={t('home.signInForSymposium')} />;
      }
      return <ProblemMessage error={resource.error} onRetry={reload} />;
    case 'loaded':
      if (!resource.data) return <p>{t('home.noSymposium')}</p>;
      return (
        <>
          <SymposiumDetails symposium={resource.data} />
          <p>
            <Link className="button" to={`/symposia/${encodeURIComponent(resource.data.id)}/register`}>
              {t('home.registerLink')}
            </Link>
          </p>
        </>
      );
  }
}

export function Home() {
  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.title')}</PageHeading>
      <p className="lead">{t('home.intro')}</p>
      <section aria-labelledby="current-symposium" className="panel">
        <h2 id="current-symposium">{t('home.currentSymposium')}</h2>
        <CurrentSymposium />
      </section>
      <section aria-labelledby="principles" className="panel">
        <h2 id="principles">{t('principles.heading')}</h2>
        <p>{t('principles.intro')}</p>
        <ol className="principles">
          {PRINCIPLES.map(({ title, text }) => (
            <li key={title}>
              <strong>{t(title)}</strong> <span>{t(text)}</span>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
