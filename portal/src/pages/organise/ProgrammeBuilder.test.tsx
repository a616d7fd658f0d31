import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dialogue, Programme } from '../../api/types';
import { json, mockFetch, problem } from '../../test/fetchMock';
import { dialogue, programme } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { placementWarnings, programmeClashes } from './ProgrammeBuilder';
import { slugOf } from './ProgrammeSetup';
import { organiserBase } from './testFixtures';

afterEach(() => vi.unstubAllGlobals());

/** Accepted, hosted by m-2 (who also hosts d-1, placed on day 1 in the morning), not placed yet. */
const walks2: Dialogue = {
  ...dialogue,
  id: 'd-5',
  hostId: 'm-2',
  proposal: { ...dialogue.proposal, title: 'Second walk', capacity: 25 },
  version: 1,
};
const unpublished: Programme = { ...programme, publishedAt: null };
const base = {
  ...organiserBase,
  'GET /api/v1/programmes/sym-2026': json(unpublished),
  'GET /api/v1/dialogues?symposiumId=sym-2026': json([dialogue, walks2, { ...dialogue, id: 'd-6', status: 'PROPOSED' }]),
};

describe('Organise: programme builder', () => {
  it('shows slots by rooms, and places a dialogue from an empty cell with the keyboard, warning of clashes first', async () => {
    document.cookie = 'XSRF-TOKEN=t6';
    let attempt = 0;
    const { calls } = mockFetch({
      ...base,
      'PUT /api/v1/programmes/sym-2026/sessions/d-5': () =>
        ++attempt === 1
          ? problem(409, 'host-clash', { detail: 'A host of this dialogue also hosts "Learning walks that change what leaders notice" at that time.' })
          : json({
              ...unpublished,
              slots: [
                unpublished.slots[0]!,
                {
                  ...unpublished.slots[1]!,
                  sessions: [
                    ...unpublished.slots[1]!.sessions,
                    { dialogueId: 'd-5', title: 'Second walk', strandId: 'strand-1', principles: [1], hostIds: ['m-2'], capacity: 25, roomId: 'zoom-1', roomName: 'Virtual room 1' },
                  ],
                },
              ],
            }),
    });
    const user = userEvent.setup();
    renderApp('/organise/symposia/sym-2026/programme');

    const grid = await screen.findByRole('table', { name: 'The programme: time slots down, rooms across' });
    expect(within(grid).getAllByRole('columnheader').map((h) => h.firstChild?.textContent)).toEqual(['Time slot', 'Hall B', 'Virtual room 1']);
    const morning = within(grid).getByRole('row', { name: /Day 1, morning/ });
    expect(within(morning).getByRole('link', { name: 'Learning walks that change what leaders notice' })).toHaveAttribute('href', '/dialogues/d-1');
    expect(screen.getByText('No clashes: no host or room is in two places at once.')).toBeInTheDocument();
    expect(screen.getByText('Not published yet: only organisers see it.', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Accepted dialogues not yet placed (1)' })).toBeInTheDocument();
    // Only accepted dialogues can be placed.
    const select = screen.getByRole('combobox', { name: /^Dialogue/ });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Choose an accepted dialogue',
      'Learning walks that change what leaders notice (now in Day 1, morning, Hall B)',
      'Second walk (not placed yet)',
    ]);

    // Choose the unplaced dialogue, then a time and room where its host is busy and the room taken.
    await user.click(screen.getByRole('button', { name: 'Place Second walk' }));
    expect(select).toHaveValue('d-5');
    expect(screen.getByRole('combobox', { name: /^Time slot/ })).toHaveFocus();
    await user.selectOptions(screen.getByRole('combobox', { name: /^Time slot/ }), 'day1-am');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Room/ }), 'zoom-1');
    const warnings = screen.getByText('Check these 2 things before placing:').closest('[role="status"]') as HTMLElement;
    expect(within(warnings).getByText('Virtual room 1 already holds "Student voice in school leadership" at that time.')).toBeInTheDocument();
    expect(within(warnings).getByText(/A host of this dialogue also hosts "Learning walks that change what leaders notice"/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Place the dialogue' })).toHaveAccessibleDescription(/Check these 2 things/);

    // The service refuses the clash too; its reason is shown.
    await user.click(screen.getByRole('button', { name: 'Place the dialogue' }));
    expect(await screen.findByText(/The dialogue was not placed: A host of this dialogue also hosts/)).toBeInTheDocument();

    // "Place here" in the empty afternoon cell of the virtual room: the dialogue choice takes the focus.
    const afternoon = within(grid).getByRole('row', { name: /Day 1, afternoon/ });
    within(afternoon).getByRole('button', { name: /^Place here: Virtual room 1, Day 1, afternoon/ }).focus();
    await user.keyboard('{Enter}');
    expect(select).toHaveFocus();
    expect(screen.getByRole('combobox', { name: /^Time slot/ })).toHaveValue('day1-pm');
    expect(screen.getByRole('combobox', { name: /^Room/ })).toHaveValue('zoom-1');
    expect(screen.queryByText(/before placing/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Place the dialogue' }));
    expect(await screen.findByText(/"Second walk" is placed in Virtual room 1, Day 1, afternoon/)).toBeInTheDocument();
    expect(within(within(grid).getByRole('row', { name: /Day 1, afternoon/ })).getByRole('link', { name: 'Second walk' })).toBeInTheDocument();
    const puts = calls.filter((c) => c.method === 'PUT');
    expect(puts.map((c) => c.body)).toEqual([
      { slotId: 'day1-am', roomId: 'zoom-1' },
      { slotId: 'day1-pm', roomId: 'zoom-1' },
    ]);
    expect(puts[0]!.headers.get('X-XSRF-TOKEN')).toBe('t6');
  });

  it('adds a time slot typed as at the venue, and publishes the programme', async () => {
    const { calls } = mockFetch({
      ...base,
      'PUT /api/v1/programmes/sym-2026/slots': (call) => {
        const slots = call.body as Programme['slots'][number]['slot'][];
        return json({ ...unpublished, slots: slots.map((slot) => ({ slot, sessions: unpublished.slots.find((s) => s.slot.id === slot.id)?.sessions ?? [] })) });
      },
      'POST /api/v1/programmes/sym-2026/publish': json({ ...unpublished, publishedAt: '2026-05-02T09:00:00Z' }),
    });
    const user = userEvent.setup();
    renderApp('/organise/symposia/sym-2026/programme');

    const slots = await screen.findByRole('region', { name: 'Time slots' });
    expect(within(slots).getByText('Times are at the venue (Europe/London). Slots may overlap, for a long workshop beside two shorter rounds.')).toBeInTheDocument();
    expect(within(slots).getAllByText('Holds a dialogue')).toHaveLength(2);
    await user.click(within(slots).getByRole('button', { name: 'Add the time slot' }));
    expect(within(slots).getByRole('textbox', { name: 'Id' })).toHaveAccessibleDescription(/Id is required: give the slot a name or an id/);

    await user.type(within(slots).getByRole('textbox', { name: 'Name' }), 'Day 2, morning');
    fireEvent.change(within(slots).getByLabelText(/^Starts/), { target: { value: '2026-06-19T09:00' } });
    fireEvent.change(within(slots).getByLabelText(/^Ends/), { target: { value: '2026-06-19T10:30' } });
    await user.click(within(slots).getByRole('button', { name: 'Add the time slot' }));
    expect(await screen.findByText('Time slot Day 2, morning added.')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect((put.body as unknown[]).at(-1)).toEqual({ id: 'day-2-morning', label: 'Day 2, morning', startsAt: '2026-06-19T08:00:00Z', endsAt: '2026-06-19T09:30:00Z' });
    expect(within(slots).getByRole('button', { name: 'Remove Day 2, morning' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Publish the programme' }));
    expect(await screen.findByText('The programme is published.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish it again' })).toBeInTheDocument();
  });

  it('starts an empty programme with rooms and shows why a room cannot be added', async () => {
    mockFetch({
      ...base,
      'GET /api/v1/programmes/sym-2026': problem(404, 'not-found'),
      'PUT /api/v1/programmes/sym-2026/rooms': problem(400, 'invalid-request', { errors: [{ field: 'rooms', message: 'have unique ids' }] }),
    });
    const user = userEvent.setup();
    renderApp('/organise/symposia/sym-2026/programme');

    expect(await screen.findByText('Add time slots and rooms below to build the programme.')).toBeInTheDocument();
    const rooms = screen.getByRole('region', { name: 'Rooms' });
    expect(within(rooms).getByText('No rooms yet.')).toBeInTheDocument();
    await user.type(within(rooms).getByRole('textbox', { name: /^Name/ }), 'Hall C');
    await user.selectOptions(within(rooms).getByRole('combobox', { name: /^Kind/ }), 'PHYSICAL');
    await user.type(within(rooms).getByRole('spinbutton', { name: 'Seats' }), '0');
    await user.click(within(rooms).getByRole('button', { name: 'Add the room' }));
    expect(within(rooms).getByRole('spinbutton', { name: 'Seats' })).toHaveAccessibleDescription(/Seats is a whole number of at least 1/);
    await user.clear(within(rooms).getByRole('spinbutton', { name: 'Seats' }));
    await user.click(within(rooms).getByRole('button', { name: 'Add the room' }));
    expect(await within(rooms).findByRole('link', { name: 'Rooms have unique ids' })).toHaveAttribute('href', '#room-name');
  });

  it('previews the allocation from participants\' preferences, then applies exactly that', async () => {
    const { calls } = mockFetch({
      ...base,
      'GET /api/v1/programmes/sym-2026/allocation': json({
        assignments: [
          { memberId: 'm-7', dialogueId: 'd-1', rank: 1 },
          { memberId: 'm-8', dialogueId: 'd-1', rank: 2 },
        ],
        participants: 3,
        withFirstChoice: 1,
        withSomething: 2,
        fingerprint: 'abc123',
      }),
      'POST /api/v1/programmes/sym-2026/allocation': json({ joined: 1, skipped: [{ memberId: 'm-8', dialogueId: 'd-1', reason: 'This dialogue is full.' }] }),
    });
    const user = userEvent.setup();
    renderApp('/organise/symposia/sym-2026/programme');

    const panel = await screen.findByRole('region', { name: 'Allocate participants to dialogues' });
    await user.click(within(panel).getByRole('button', { name: 'Preview the allocation' }));
    expect(await within(panel).findByText('3 participants ranked dialogues: 2 would get a place, 1 their first choice.')).toBeInTheDocument();
    const table = within(panel).getByRole('table', { name: 'Places the allocation would give, by dialogue' });
    expect(within(table).getByRole('row', { name: /Learning walks/ })).toHaveTextContent('2');
    await user.click(within(panel).getByRole('button', { name: 'Apply: give 2 places' }));
    expect(await within(panel).findByText('1 place was taken.')).toBeInTheDocument();
    expect(within(panel).getByRole('table', { name: '1 place skipped because a rule refused it' })).toHaveTextContent('This dialogue is full.');
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ fingerprint: 'abc123' });
  });

  it('tells clashes and warnings apart in the browser', () => {
    const [morning, afternoon] = [programme.slots[0]!, programme.slots[1]!];
    expect(placementWarnings(programme, walks2, 'day1-am', 'hall-b')).toEqual([
      'Hall B already holds "Learning walks that change what leaders notice" at that time.',
      'A host of this dialogue also hosts "Learning walks that change what leaders notice" at that time.',
      'Hall B seats 20; the dialogue takes 25.',
    ]);
    expect(placementWarnings(programme, walks2, 'day1-pm', 'zoom-1')).toEqual([]);
    const clashing: Programme = {
      ...programme,
      slots: [
        morning,
        { slot: { ...afternoon.slot, startsAt: '2026-06-18T09:00:00Z' }, sessions: [{ ...afternoon.sessions[0]!, hostIds: ['m-2'], roomId: 'hall-b' }] },
      ],
    };
    expect(programmeClashes(clashing)).toEqual([
      '"Learning walks that change what leaders notice" and "Accountability that teachers own" are in the same room at the same time.',
      '"Learning walks that change what leaders notice" and "Accountability that teachers own" share a host at the same time.',
    ]);
    expect(slugOf('Día 1, mañana!')).toBe('dia-1-manana');
  });
});
