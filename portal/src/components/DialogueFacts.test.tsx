import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dialogue, symposium } from '../test/fixtures';
import { ProposalFacts } from './DialogueFacts';

describe('ProposalFacts', () => {
  it('lists the hosts, strand, principles (a list named by its term), format and mode', () => {
    render(
      <dl>
        <ProposalFacts
          dialogue={{ ...dialogue, proposal: { ...dialogue.proposal, coHostIds: ['m-3', 'm-4'] } }}
          strands={symposium.strands}
          principlesId="facts-principles"
        />
      </dl>,
    );
    const terms = screen.getAllByRole('term').map((term) => term.textContent);
    const details = screen.getAllByRole('definition').map((definition) => definition.textContent);
    expect(terms).toEqual(['Hosted by', 'Strand', 'Principles', 'Format', 'How participants meet']);
    expect(details[0]).toBe('Hana Host and 2 co-hosts');
    expect(details[4]).toBe('Hybrid (in person and online)');
    expect(details[1]).toBe(symposium.strands[0]!.title);
    expect(details[3]).toBe('learning walk');
    const principles = screen.getByRole('list', { name: 'Principles' });
    expect(within(principles).getAllByRole('listitem')).toHaveLength(2);
  });

  it('names a host that has no name, and the strand by its id when the symposium is not known', () => {
    render(
      <dl>
        <ProposalFacts dialogue={{ ...dialogue, hostName: null }} strands={undefined} principlesId="p" />
      </dl>,
    );
    const details = screen.getAllByRole('definition').map((definition) => definition.textContent);
    expect(details[1]).toBe('strand-1');
    expect(details[0]).toBe('A participant');
  });
});
