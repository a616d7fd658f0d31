import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';
import { StatusMessage } from './Status';

/** A form's submit button, and the button that leaves it when there is a way out (`cancel`, `onCancel`). */
export function FormActions({
  busy,
  submit,
  cancel,
  onCancel,
}: {
  busy: boolean;
  submit: string;
  cancel?: string;
  onCancel?: () => void;
}) {
  return (
    <div className="actions">
      <button type="submit" className="button" disabled={busy}>
        {submit}
      </button>
      {cancel !== undefined && onCancel ? (
        <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
          {cancel}
        </button>
      ) : null}
    </div>
  );
}

/**
 * A form of its own in a panel (proposing a dialogue, a symposium's details, sharing an artefact):
 * the heading names it and takes the focus while `focus` is set (opening the form replaced the button
 * that had it); the error summary (`errorsId`, see useProblemForm for `attempt`) and the `problem` come
 * first, then the fields (`children`), the `actions` and the status.
 */
export function FormPanel({
  titleId,
  title,
  focus,
  errorsId,
  summary,
  attempt,
  problem,
  onSubmit,
  actions,
  status,
  children,
}: {
  titleId: string;
  title: string;
  focus: unknown;
  errorsId: string;
  summary: SummaryItem[];
  attempt: number;
  problem: ReactNode;
  onSubmit: (event: FormEvent) => void;
  actions: ReactNode;
  status: string;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <section aria-labelledby={titleId} className="panel">
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary id={errorsId} items={summary} attempt={attempt} />
        {problem}
        {children}
        {actions}
        <StatusMessage>{status}</StatusMessage>
      </form>
    </section>
  );
}
