import { useEffect, useRef } from 'react';
import { t } from '../i18n/i18n';

export interface SummaryItem {
  /** The id of the control to go to. */
  target: string;
  text: string;
}

/** A list of a form's errors at its top, each linking to its field; it takes the focus when it appears. */
export function ErrorSummary({ items, id }: { items: SummaryItem[]; id: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length > 0) box.current?.focus();
  }, [items]);
  if (items.length === 0) return null;
  return (
    <div ref={box} id={id} className="error-summary" tabIndex={-1} role="alert" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="error-summary__title">
        {t('form.errorSummary')}
      </h2>
      <ul>
        {items.map((item) => (
          <li key={`${item.target}:${item.text}`}>
            <a
              href={`#${item.target}`}
              onClick={(event) => {
                const field = document.getElementById(item.target);
                if (field) {
                  event.preventDefault();
                  field.focus();
                }
              }}
            >
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
