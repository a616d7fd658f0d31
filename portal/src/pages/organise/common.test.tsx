import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { symposium } from '../../test/fixtures';
import { CountTable, StrandFilter } from './common';

describe('CountTable', () => {
  it('is a scrollable region named by its caption, with what is counted and how many', () => {
    render(
      <CountTable
        id="by-status"
        caption="Proposals by status"
        heading="Status"
        rows={[
          { key: 'PROPOSED', label: 'Proposed', count: 3 },
          { key: 'ACCEPTED', label: 'Accepted', count: 0 },
        ]}
      />,
    );
    expect(screen.getByRole('region', { name: 'Proposals by status' })).toHaveAttribute('tabindex', '0');
    const table = screen.getByRole('table', { name: 'Proposals by status' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Status', 'Number']);
    expect(within(table).getByRole('rowheader', { name: 'Proposed' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Accepted 0' })).toBeInTheDocument();
  });
});

describe('StrandFilter', () => {
  it("offers the symposium's strands, and all of them", async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<StrandFilter id="filter-strand" symposium={symposium} value="" onChange={onChange} />);

    const select = screen.getByRole('combobox', { name: 'Strand' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['All strands', ...symposium.strands.map((s) => s.title)]);
    await user.selectOptions(select, 'strand-2');
    expect(onChange).toHaveBeenCalledWith('strand-2');
  });
});
