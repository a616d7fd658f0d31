import { useEffect, useRef, useState } from 'react';
import { ApiError, asApiError } from '../api/client';

/** Messages by field, as the API groups them (`{ title: ['is required'] }`). */
export type FieldMessages = Record<string, string[]>;

const hasMessages = (errors: FieldMessages | null | undefined): errors is FieldMessages =>
  errors != null && Object.values(errors).some((messages) => messages.length > 0);

export interface RunOptions {
  /** The status while the action runs ("Saving…"); without it the status is left as it is until the action ends. */
  pending?: string;
  /** Takes a failure the caller shows itself (field errors, say): true when it did, else it becomes `error`. */
  failed?: (failure: ApiError) => boolean;
}

/**
 * Something a person starts with a button or a form: `busy` while it runs, the status message (the
 * `pending` text meanwhile, then what the action returns, or nothing), and the problem when it fails.
 * A failure clears the status, so a "Saving…" never outlives the attempt.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  /**
   * What had the focus when the action started: its button, disabled while busy, loses the focus in
   * browsers, so it gets it back afterwards unless something else took it meanwhile.
   */
  const focused = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (busy) return;
    const element = focused.current;
    focused.current = null;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (element?.isConnected && lost) element.focus();
  }, [busy]);

  /** Runs the action; resolves to true when it succeeded (a failure is in `error`, or was `failed`'s to show). */
  const run = async (action: () => Promise<string | void>, { pending, failed }: RunOptions = {}): Promise<boolean> => {
    const active = document.activeElement;
    focused.current = active instanceof HTMLElement && active !== document.body ? active : null;
    setBusy(true);
    setError(null);
    if (pending !== undefined) setStatus(pending);
    try {
      const done = await action();
      setStatus(done ?? '');
      return true;
    } catch (caught) {
      setStatus('');
      const failure = asApiError(caught);
      if (!failed?.(failure)) setError(failure);
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { busy, setBusy, error, setError, status, setStatus, run };
}

export interface SendOptions {
  /** The status while sending ("Sending…"). */
  pending?: string;
  /**
   * The service's field errors as this form places them (by default as the API names them). When it
   * gives none, the failure is the form's problem (`error`) instead.
   */
  fieldsOf?: (failure: ApiError) => FieldMessages | null;
}

/**
 * A form that sends to the API and shows what went wrong: field errors next to their fields and in
 * the error summary, any other failure as the form's problem, and the status. `attempt` counts the
 * attempts (`begin`), for ErrorSummary: it takes the focus once for each attempt that produced errors.
 *
 * ```ts
 * const onSubmit = async (event: FormEvent) => {
 *   event.preventDefault();
 *   if (!form.begin(checked(values))) return;
 *   await form.send(async () => onSaved((await api.save(values)).data), { pending: t('…saving') });
 * };
 * ```
 */
export function useProblemForm() {
  const action = useAction();
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const [attempt, setAttempt] = useState(0);

  /**
   * A new attempt: counted, the last problem cleared, and the errors found before sending shown in
   * place of the old ones. True when there are none, so the form goes on to send.
   */
  const begin = (found: FieldMessages = {}): boolean => {
    setAttempt((n) => n + 1);
    action.setError(null);
    setFieldErrors(found);
    return !hasMessages(found);
  };

  /** Sends (see useAction's run); the service's field errors go next to their fields. */
  const send = (call: () => Promise<string | void>, { pending, fieldsOf = (failure) => failure.fieldErrors }: SendOptions = {}) =>
    action.run(call, {
      pending,
      failed: (failure) => {
        const fields = fieldsOf(failure);
        if (!hasMessages(fields)) return false;
        setFieldErrors(fields);
        return true;
      },
    });

  return { ...action, fieldErrors, setFieldErrors, attempt, begin, send };
}
