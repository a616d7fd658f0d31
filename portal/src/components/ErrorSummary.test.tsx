import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';

const items = (): SummaryItem[] => [{ target: 'name', text: 'Name is required' }];

/** A field and the summary, drawn again with a new list of items each time (as forms do at every render). */
function Form({ attempt, errors }: { attempt: number; errors: SummaryItem[] }) {
  return (
    <form>
      <ErrorSummary id="errors" items={errors} attempt={attempt} />
      <label htmlFor="name">Name</label>
      <input id="name" />
    </form>
  );
}

describe('ErrorSummary', () => {
  it('takes the focus once per attempt with errors, not for a new list of the same errors', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Form attempt={1} errors={items()} />);
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveFocus();

    await user.click(screen.getByRole('link', { name: 'Name is required' }));
    const field = screen.getByRole('textbox', { name: 'Name' });
    expect(field).toHaveFocus();
    rerender(<Form attempt={1} errors={items()} />);
    rerender(<Form attempt={1} errors={[{ target: 'name', text: 'Name is too short' }]} />);
    expect(field).toHaveFocus();

    rerender(<Form attempt={2} errors={[{ target: 'name', text: 'Name is too short' }]} />);
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveFocus();
  });

  it('takes the focus when the errors of an attempt arrive after it started, and not without errors', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Form attempt={0} errors={[]} />);
    await user.click(screen.getByRole('textbox', { name: 'Name' }));
    // Submitted: the old errors are cleared while the service answers...
    rerender(<Form attempt={1} errors={[]} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    // ...and its field errors come back later.
    rerender(<Form attempt={1} errors={items()} />);
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveFocus();
  });
});
