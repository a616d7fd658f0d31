import { useEffect, useRef, type ReactNode } from 'react';
import { t } from '../i18n/i18n';

let firstPage = true;

/**
 * The page's one h1. It names the document, and after a client-side navigation it takes the
 * focus, so keyboard and screen-reader users start on the new page (not on the link they used).
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t('document.title', { page: title });
    if (firstPage) {
      firstPage = false;
    } else {
      heading.current?.focus();
    }
  }, [title]);
  return (
    <h1 ref={heading} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
