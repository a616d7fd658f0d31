import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Contribution } from '../api/types';
import { json, mockFetch, problem } from '../test/fetchMock';
import { dialogue, member, programme, symposium } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

afterEach(() => vi.unstubAllGlobals());

const base = {
  'GET /api/v1/members/me': json(member),
  'GET /api/v1/notifications/unread-count': json({ unread: 0 }),
  'GET /api/v1/dialogues/d-1': json(dialogue, 200, { ETag: '"2"' }),
  'GET /api/v1/symposia/sym-2026': json(symposium),
  'GET /api/v1/programmes/sym-2026': json(programme),
  'GET /api/v1/programmes/sym-2026/agenda': json([]),
  'GET /api/v1/dialogues/d-1/participants': problem(403, 'not-a-host', { detail: 'Only hosts and organisers see who joined.' }),
  'GET /api/v1/dialogues/d-1/contributions?size=500': problem(404, 'not-found'),
  'GET /api/v1/dialogues/d-1/insights': problem(404, 'not-found'),
  'GET /api/v1/artefacts?dialogueId=d-1&status=AVAILABLE': json([
    { id: 'a-1', symposiumId: 'sym-2026', ownerId: 'm-2', kind: 'FILE', category: 'protocol', details: { title: 'Walk protocol', description: null }, url: null, status: 'AVAILABLE' },
  ]),
};

const post = (extra: Partial<Contribution>): Contribution => ({
  id: 'c-1', dialogueId: 'd-1', parentId: null, authorId: 'm-2', authorName: 'Hana Host', markdown: 'Hello', html: '<p>Hello</p>',
  artefactIds: [], postedAt: '2026-06-18T08:05:00Z', editedAt: null, deleted: false, hidden: false, ...extra,
});

describe('Dialogue', () => {
  it('shows the dialogue and, when joining is refused, the reason the service gives', async () => {
    document.cookie = 'XSRF-TOKEN=t9';
    const { calls } = mockFetch({
      ...base,
      'POST /api/v1/dialogues/d-1/join': problem(403, 'outside-your-strands', {
        detail: 'This dialogue is in strand-1; you take part in strand-2.',
      }),
    });
    const user = userEvent.setup();
    renderApp('/dialogues/d-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Learning walks that change what leaders notice' })).toBeInTheDocument();
    expect(screen.getByText('To test whether learning walks shift attention from teaching to learning.')).toBeInTheDocument();
    expect(screen.getByText('Hana Host')).toBeInTheDocument();
    expect(screen.getByText('School leaders and the students they walk with.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Join the online meeting' })).toHaveAttribute('href', 'https://meet.example.org/walks');
    expect(screen.getByText('Up to 12 participants')).toBeInTheDocument();
    expect(await screen.findByText('Join the dialogue to read and take part in its discussion.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Walk protocol' })).toHaveAttribute('href', '/api/v1/artefacts/a-1/file');

    await user.click(screen.getByRole('button', { name: 'Join this dialogue' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You could not join this dialogue: This dialogue is in strand-1; you take part in strand-2.');
    expect(alert).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Join this dialogue' })).toBeEnabled();
    expect(calls.find((c) => c.method === 'POST')!.headers.get('X-XSRF-TOKEN')).toBe('t9');
  });

  it('shows a full dialogue as the reason too, and joining opens the discussion', async () => {
    let full = true;
    mockFetch({
      ...base,
      'POST /api/v1/dialogues/d-1/join': () =>
        full
          ? problem(409, 'dialogue-full', { detail: 'All 12 places are taken.' })
          : json({ symposiumId: 'sym-2026', joinedDialogueIds: ['d-1'] }),
    });
    const user = userEvent.setup();
    renderApp('/dialogues/d-1');

    await user.click(await screen.findByRole('button', { name: 'Join this dialogue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You could not join this dialogue: All 12 places are taken.');

    full = false;
    mockFetch({
      ...base,
      'POST /api/v1/dialogues/d-1/join': json({ symposiumId: 'sym-2026', joinedDialogueIds: ['d-1'] }),
      'GET /api/v1/dialogues/d-1/contributions?size=500': json([
        post({ html: '<h1>Big</h1><p>See <a href="javascript:alert(1)">this</a> and <a href="https://example.org/x">that</a></p>' }),
      ]),
      'GET /api/v1/dialogues/d-1/insights': json([]),
    });
    await user.click(screen.getByRole('button', { name: 'Join this dialogue' }));

    expect(await screen.findByText('You joined the dialogue.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Leave this dialogue' })).toBeInTheDocument();
    const discussion = screen.getByRole('region', { name: 'Discussion' });
    expect(await within(discussion).findByText('Big')).toBeInTheDocument();
    // A post cannot add a heading to the page, nor a script link.
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(within(discussion).queryByRole('link', { name: 'this' })).not.toBeInTheDocument();
    expect(within(discussion).getByRole('link', { name: 'that' })).toHaveAttribute('href', 'https://example.org/x');
    expect(within(discussion).getByRole('textbox', { name: /Your contribution/ })).toBeInTheDocument();
  });
});
