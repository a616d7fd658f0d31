import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dialogue } from '../../api/types';
import { json, mockFetch, problem } from '../../test/fetchMock';
import { dialogue } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { reviewOrder } from './Proposals';
import { organiserBase, proposed } from './testFixtures';

afterEach(() => vi.unstubAllGlobals());

const returned: Dialogue = {
  ...proposed,
  id: 'd-8',
  status: 'RETURNED',
  curatorComment: 'Say who the coaching is for.',
  proposedAt: '2026-03-01T10:00:00Z',
  proposal: { ...proposed.proposal, title: 'Peer coaching across schools', guidingQuestions: { why: 'Coaching travels badly.' } },
};
const base = {
  ...organiserBase,
  'GET /api/v1/dialogues?symposiumId=sym-2026': json([dialogue, proposed, returned]),
};

describe('Organise: proposals', () => {
  it('lists proposals waiting for a decision first, with their status, and filters them', async () => {
    const user = userEvent.setup();
    mockFetch(base);
    renderApp('/organise/symposia/sym-2026/proposals');

    const list = await screen.findByRole('region', { name: 'Proposals to review' });
    const cards = within(list).getAllByRole('listitem').filter((li) => li.classList.contains('proposal'));
    expect(cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Coaching conversations that travel',
      'Peer coaching across schools',
      'Learning walks that change what leaders notice',
    ]);
    expect(within(cards[1]!).getByText('Returned for changes')).toBeInTheDocument();
    expect(within(cards[1]!).getByText('Coaching travels badly.')).toBeInTheDocument();
    expect(within(cards[1]!).getByText('Say who the coaching is for.')).toBeInTheDocument();
    // An accepted dialogue can still be declined, but not accepted or returned again.
    expect(within(cards[2]!).queryByRole('button', { name: 'Accept' })).toBeNull();
    expect(within(cards[2]!).getByRole('button', { name: 'Decline' })).toBeInTheDocument();
    const counts = screen.getByRole('table', { name: 'How many proposals are in each status' });
    expect(within(within(counts).getByRole('row', { name: /Under review/ })).getByRole('cell')).toHaveTextContent('1');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'ACCEPTED');
    expect(screen.getByText('1 proposal shown.')).toBeInTheDocument();
    expect(within(list).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Learning walks that change what leaders notice',
    ]);
  });

  it('returns a proposal only with a comment, and shows the service\'s message at the comment', async () => {
    document.cookie = 'XSRF-TOKEN=t5';
    let attempt = 0;
    const { calls } = mockFetch({
      ...base,
      'POST /api/v1/dialogues/d-7/return': (call) =>
        ++attempt === 1
          ? problem(400, 'invalid-request', { errors: [{ field: 'comment', message: 'is at most 2000 characters' }] })
          : json({ ...proposed, status: 'RETURNED', curatorComment: (call.body as { comment: string }).comment, version: 2 }),
    });
    const user = userEvent.setup();
    renderApp('/organise/symposia/sym-2026/proposals');

    const card = (await screen.findByRole('heading', { level: 3, name: 'Coaching conversations that travel' })).closest('li')!;
    await user.click(within(card).getByRole('button', { name: 'Return for changes' }));
    const comment = within(card).getByRole('textbox', { name: 'Comment to the host' });
    expect(comment).toHaveAccessibleDescription(/Comment to the host is required when you return a proposal/);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.type(comment, 'Name the schools.');
    await user.click(within(card).getByRole('button', { name: 'Return for changes' }));
    expect(await within(card).findByRole('alert', { name: 'There is a problem' })).toBeInTheDocument();
    expect(comment).toHaveAccessibleDescription(/Comment to the host is at most 2000 characters/);

    await user.click(within(card).getByRole('button', { name: 'Return for changes' }));
    expect(await screen.findByText('"Coaching conversations that travel" was returned to its host with your comment.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Coaching conversations that travel' })).toHaveFocus();
    expect(within(card).getByText('Returned for changes')).toBeInTheDocument();
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => c.body)).toEqual([{ comment: 'Name the schools.' }, { comment: 'Name the schools.' }]);
    expect(posts[0]!.headers.get('X-XSRF-TOKEN')).toBe('t5');
  });

  it('accepts a proposal, with or without a comment', async () => {
    const { calls } = mockFetch({
      ...base,
      'POST /api/v1/dialogues/d-8/accept': json({ ...returned, status: 'ACCEPTED', curatorComment: null, version: 3 }),
    });
    const user = userEvent.setup();
    renderApp('/organise/symposia/sym-2026/proposals');

    const card = (await screen.findByRole('heading', { level: 3, name: 'Peer coaching across schools' })).closest('li')!;
    await user.click(within(card).getByRole('button', { name: 'Accept' }));
    expect(await screen.findByText('"Peer coaching across schools" was accepted. It can now be placed in the programme.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ comment: null });
    expect(within(card).getByRole('link', { name: 'Open the dialogue "Peer coaching across schools"' })).toHaveAttribute('href', '/dialogues/d-8');
  });

  it('orders proposals for review', () => {
    const accepted = { ...dialogue, proposedAt: '2026-01-01T00:00:00Z' };
    const later = { ...proposed, id: 'd-10', proposedAt: '2026-04-01T00:00:00Z' };
    expect(reviewOrder([accepted, later, returned, proposed]).map((d) => d.id)).toEqual(['d-7', 'd-10', 'd-8', 'd-1']);
  });
});
