import { Link, useRouteError } from 'react-router';
import { PageHeading } from '../components/PageHeading';
import { t } from '../i18n/i18n';

export function NotFound() {
  return (
    <>
      <PageHeading title={t('notFound.title')}>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </>
  );
}

/** Shown inside the layout when a page fails to render. */
export function PageError() {
  const error = useRouteError();
  console.error(error);
  return (
    <>
      <PageHeading title={t('pageError.title')}>{t('pageError.title')}</PageHeading>
      <p role="alert">{t('pageError.text')}</p>
      <p>
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </>
  );
}
