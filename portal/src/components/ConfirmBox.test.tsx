import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmBox } from './ConfirmBox';

function Harness({ busy = false, level, onConfirm }: { busy?: boolean; level?: 3 | 4; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  return asking ? (
    <ConfirmBox
      id="close-title"
      level={level}
      title="Close the symposium?"
      text="Nobody can register any more."
      confirm="Close it"
      keep="Keep it open"
      busy={busy}
      onConfirm={onConfirm}
      onKeep={() => setAsking(false)}
    >
      <p>It was refused before.</p>
    </ConfirmBox>
  ) : (
    <button type="button" onClick={() => setAsking(true)}>
      Close
    </button>
  );
}

describe('ConfirmBox', () => {
  it('is a group named by its heading, which takes the focus when it appears; "keep" closes it', async () => {
    const onConfirm = vi.fn();
    const user = userEvent.setup();
    render(<Harness onConfirm={onConfirm} />);

    await user.click(screen.getByRole('button', { name: 'Close' }));
    const group = screen.getByRole('group', { name: 'Close the symposium?' });
    expect(screen.getByRole('heading', { level: 3, name: 'Close the symposium?' })).toHaveFocus();
    expect(group).toHaveTextContent('Nobody can register any more.');
    expect(group).toHaveTextContent('It was refused before.');

    await user.click(screen.getByRole('button', { name: 'Close it' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Keep it open' }));
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
  });

  it('disables both choices while busy, and takes the heading level it is given', async () => {
    const user = userEvent.setup();
    render(<Harness busy level={4} onConfirm={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Close' }));

    expect(screen.getByRole('heading', { level: 4, name: 'Close the symposium?' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Close it' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Keep it open' })).toBeDisabled();
  });
});
