import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type FormEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { ErrorSummary, fieldSummary } from './ErrorSummary';
import { TextField } from './Fields';
import { ProblemAlert, StatusMessage } from './Status';
import { useAction, useProblemForm } from './useProblemForm';

/** A call the test answers when it likes. */
function deferred() {
  let settle: { resolve: () => void; reject: (reason: unknown) => void } = { resolve: () => {}, reject: () => {} };
  const promise = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

const validation = (status: number, errors: { field: string; message: string }[]) =>
  new ApiError({ type: 'urn:lfpl:problem:validation', status, detail: 'Not valid', errors });

/** A form with one required field, sending with `save`. */
function TitleForm({ save }: { save: (title: string) => Promise<void> }) {
  const [title, setTitle] = useState('');
  const { fieldErrors, attempt, error, busy, status, begin, send } = useProblemForm();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!begin(title.trim() ? {} : { title: ['is required'] })) return;
    await send(
      async () => {
        await save(title);
        return 'Saved.';
      },
      { pending: 'Saving…' },
    );
  };
  return (
    <form noValidate onSubmit={onSubmit}>
      <ErrorSummary id="errors" items={fieldSummary(fieldErrors, [{ field: 'title', target: 'title', label: 'Title' }])} attempt={attempt} />
      <ProblemAlert error={error} />
      <TextField id="title" label="Title" value={title} onChange={setTitle} errors={fieldErrors.title} />
      <button type="submit" disabled={busy}>
        Save
      </button>
      <StatusMessage>{status}</StatusMessage>
    </form>
  );
}

describe('useProblemForm', () => {
  it('shows what the browser finds before sending, counting each attempt for the error summary', async () => {
    const save = vi.fn(async () => {});
    const user = userEvent.setup();
    render(<TitleForm save={save} />);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(save).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Title is required' })).toBeInTheDocument();

    // The next attempt with the same error takes the focus again.
    await user.click(screen.getByRole('textbox', { name: /Title/ }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveFocus();
  });

  it('is busy with the pending status while sending, then shows what the action returns', async () => {
    const call = deferred();
    const user = userEvent.setup();
    render(<TitleForm save={() => call.promise} />);

    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Walks');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');

    await act(async () => call.resolve());
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it("puts the service's field errors next to their fields, and any other failure in the problem, clearing the status", async () => {
    const save = vi
      .fn<(title: string) => Promise<void>>()
      .mockRejectedValueOnce(validation(400, [{ field: 'title', message: 'is too long' }]))
      .mockRejectedValueOnce(new ApiError({ type: 'urn:lfpl:problem:closed', status: 409, detail: 'The symposium is closed.' }))
      .mockRejectedValueOnce(new Error('a bug'));
    const user = userEvent.setup();
    render(<TitleForm save={save} />);

    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Walks');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('link', { name: 'Title is too long' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The symposium is closed.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Title is too long' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Title/ })).not.toHaveAttribute('aria-invalid');

    // Whatever else is thrown is a problem too, in words people can read.
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Something went wrong. Try again.')).toBeInTheDocument();
  });
});

describe('useAction', () => {
  function Actions({ action, failed }: { action: () => Promise<string | void>; failed?: (error: ApiError) => boolean }) {
    const { busy, error, status, run } = useAction();
    return (
      <>
        <button type="button" disabled={busy} onClick={() => void run(action, { pending: 'Working…', failed })}>
          Go
        </button>
        <ProblemAlert error={error} />
        <StatusMessage>{status}</StatusMessage>
      </>
    );
  }

  it('shows the problem of a failure unless the caller took it, and starts each run without the last problem', async () => {
    const refusal = new ApiError({ type: 'urn:lfpl:problem:full', status: 409, detail: 'The dialogue is full.' });
    const action = vi.fn<() => Promise<string | void>>().mockRejectedValueOnce(refusal).mockResolvedValueOnce('Done.');
    const user = userEvent.setup();
    const { unmount } = render(<Actions action={action} />);

    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The dialogue is full.');
    expect(screen.getByRole('status')).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(await screen.findByText('Done.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    unmount();

    const failed = vi.fn(() => true);
    render(<Actions action={() => Promise.reject(refusal)} failed={failed} />);
    await user.click(screen.getByRole('button', { name: 'Go' }));
    await vi.waitFor(() => expect(failed).toHaveBeenCalledWith(refusal));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
