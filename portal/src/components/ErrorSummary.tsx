import { useEffect, useRef } from 'react';
import { t } from '../i18n/i18n';

export interface SummaryItem {
  /** The id of the control to go to. */
  target: string;
  text: string;
}

/** A form's field, for its error summary: the field as the errors name it, the control to go to, its label. */
export interface SummaryField {
  field: string;
  target: string;
  label: string;
}

/** The summary entries of a form's field errors, in the order of `fields`: each message after its field's label. */
export function fieldSummary(errors: Record<string, string[]>, fields: readonly SummaryField[]): SummaryItem[] {
  return fields.flatMap(({ field, target, label }) =>
    (errors[field] ?? []).map((message) => ({ target, text: t('form.fieldError', { label, message }) })),
  );
}

/**
 * A list of a form's errors at its top, each linking to its field. It takes the focus once for each
 * `attempt` that produced errors: the caller counts its submits (or whatever else makes the errors,
 * such as a click that places something), and passes the count. Nothing else moves the focus: not a
 * new `items` array at every render, not errors that change while the person types, so typing in a
 * field after a failed submit stays in that field.
 */
export function ErrorSummary({ items, id, attempt }: { items: SummaryItem[]; id: string; attempt: number }) {
  const box = useRef<HTMLDivElement>(null);
  /** The attempt the summary last took the focus for. */
  const focusedFor = useRef<number | null>(null);
  const showing = items.length > 0;
  useEffect(() => {
    // Runs when the attempt changes or the summary appears (an answer with errors can come after the
    // submit that cleared the old ones): the focus moves once per attempt at most.
    if (!showing || focusedFor.current === attempt) return;
    focusedFor.current = attempt;
    box.current?.focus();
  }, [showing, attempt]);
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
