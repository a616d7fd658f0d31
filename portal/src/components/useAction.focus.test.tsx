import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAction } from './useProblemForm';

/** A button disabled while its action runs, as the portal's forms have them, and a field an action may move the focus to. */
function Saver({ action }: { action: () => void }) {
  const { busy, status, run } = useAction();
  return (
    <>
      <button
        type="button"
        disabled={busy}
        onClick={() =>
          void run(async () => {
            action();
            return 'Saved.';
          })
        }
      >
        Save
      </button>
      <label htmlFor="next">Next</label>
      <input id="next" />
      <p>{status}</p>
    </>
  );
}

describe('useAction and the focus', () => {
  // Browsers take the focus from a button when it is disabled (jsdom does not: the action blurs it here).
  it('gives the focus back to the button that started the action', async () => {
    const user = userEvent.setup();
    render(<Saver action={() => (document.activeElement as HTMLElement).blur()} />);
    const button = screen.getByRole('button', { name: 'Save' });
    await user.click(button);
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('leaves the focus where something else put it meanwhile', async () => {
    const user = userEvent.setup();
    render(<Saver action={() => document.getElementById('next')!.focus()} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(screen.getByLabelText('Next')).toHaveFocus();
  });
});
