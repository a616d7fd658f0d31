import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Strand } from '../api/types';
import { StrandPicker, toggleStrand } from './StrandPicker';

const strands: Strand[] = [
  { id: 'strand-1', title: 'Focusing on professional learning', description: 'Conditions for it.', cap: 20 },
  { id: 'strand-2', title: 'Dialogue and leadership', description: null, cap: null },
  { id: 'strand-3', title: 'Shared leadership', description: null, cap: 10 },
  { id: 'strand-4', title: 'Student learning and leadership', description: null, cap: null },
  { id: 'strand-5', title: 'Leadership within a virtual learning space', description: null, cap: null },
];

function Harness({ max, initial = [], placesLeft }: { max: number; initial?: string[]; placesLeft?: Record<string, number> }) {
  const [selected, setSelected] = useState<string[]>(initial);
  return (
    <>
      <StrandPicker idPrefix="pick" strands={strands} max={max} selected={selected} onChange={setSelected} placesLeft={placesLeft} />
      <output data-testid="selected">{selected.join(',')}</output>
    </>
  );
}

const box = (name: RegExp) => screen.getByRole('checkbox', { name });

describe('StrandPicker', () => {
  it('disables the other strands once the maximum is chosen, and says why', async () => {
    const user = userEvent.setup();
    render(<Harness max={2} />);

    expect(screen.getByRole('group', { name: 'Strands' })).toBeInTheDocument();
    await user.click(box(/Focusing on professional learning/));
    expect(box(/Shared leadership/)).toBeEnabled();
    await user.click(box(/Shared leadership/));

    expect(screen.getByTestId('selected')).toHaveTextContent('strand-1,strand-3');
    for (const other of [/Dialogue and leadership/, /Student learning/, /virtual learning space/]) {
      expect(box(other)).toBeDisabled();
    }
    expect(box(/Focusing on professional learning/)).toBeEnabled();
    const limit = screen.getByText(/You have chosen the most strands allowed \(2\)/);
    expect(box(/Dialogue and leadership/)).toHaveAttribute('aria-describedby', expect.stringContaining(limit.id));
    expect(box(/Dialogue and leadership/)).toHaveAccessibleDescription(/first clear one you have chosen/);
  });

  it('frees the other strands again when one is cleared', async () => {
    const user = userEvent.setup();
    render(<Harness max={2} initial={['strand-1', 'strand-2']} />);

    expect(box(/Student learning/)).toBeDisabled();
    await user.click(box(/Dialogue and leadership/));

    expect(box(/Student learning/)).toBeEnabled();
    expect(screen.getByText('1 of 2 chosen.')).toBeInTheDocument();
    await user.click(box(/Student learning/));
    expect(screen.getByTestId('selected')).toHaveTextContent('strand-1,strand-4');
  });

  it('follows the symposium maximum, not a fixed two', async () => {
    const user = userEvent.setup();
    render(<Harness max={1} />);

    expect(screen.getByText(/Choose one strand\./)).toBeInTheDocument();
    await user.click(box(/Dialogue and leadership/));

    expect(screen.getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).disabled)).toHaveLength(4);
    expect(screen.getByText(/You have chosen the one strand allowed/)).toBeInTheDocument();
  });

  it('shows places left for capped strands and says when one is full', () => {
    render(<Harness max={2} placesLeft={{ 'strand-1': 3, 'strand-3': 0 }} />);

    const first = box(/Focusing on professional learning/).closest('li')!;
    expect(within(first as HTMLElement).getByText('3 places left')).toBeInTheDocument();
    expect(box(/Shared leadership/)).toHaveAccessibleDescription(/No places left/);
  });

  it('toggleStrand never goes past the maximum and keeps the symposium order', () => {
    expect(toggleStrand(strands, ['strand-3'], 'strand-1', 2)).toEqual(['strand-1', 'strand-3']);
    expect(toggleStrand(strands, ['strand-1', 'strand-3'], 'strand-2', 2)).toEqual(['strand-1', 'strand-3']);
    expect(toggleStrand(strands, ['strand-1', 'strand-3'], 'strand-1', 2)).toEqual(['strand-3']);
  });
});
