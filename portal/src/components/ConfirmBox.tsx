import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Asks before something that cannot be undone (closing a symposium, cancelling a registration,
 * withdrawing an artefact): a group named by its heading, which takes the focus when the box appears
 * (the button that opened it is gone), the consequences, then "do it" and "keep it". `children` come
 * between the text and the buttons (the refusal of an earlier try, say).
 */
export function ConfirmBox({
  id,
  title,
  text,
  confirm,
  keep,
  busy,
  onConfirm,
  onKeep,
  level = 3,
  children,
}: {
  /** The heading's id. */
  id: string;
  title: string;
  text: string;
  confirm: string;
  keep: string;
  busy: boolean;
  onConfirm: () => void;
  onKeep: () => void;
  /** The heading's level in its page. */
  level?: 3 | 4;
  children?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const Heading = level === 4 ? 'h4' : 'h3';
  return (
    <div className="confirm" role="group" aria-labelledby={id}>
      <Heading id={id} ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      <p>{text}</p>
      {children}
      <div className="actions">
        <button type="button" className="button button--danger" disabled={busy} onClick={onConfirm}>
          {confirm}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onKeep}>
          {keep}
        </button>
      </div>
    </div>
  );
}
