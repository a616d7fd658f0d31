import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '../../test/fetchMock';
import { symposium } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { namePeople } from './Registrations';
import { confirmedHana, confirmedTom, confirmedUna, counts, organiserBase, pendingPat, waitlistedWill } from './testFixtures';

afterEach(() => vi.unstubAllGlobals());

const list = '/api/v1/symposia/sym-2026/registrations';
const base = {
  ...organiserBase,
  'GET /api/v1/symposia/sym-2026/registrations/counts': json(counts),
  [`GET ${list}?state=CONFIRMED&page=0&size=500`]: json([confirmedTom, confirmedHana, confirmedUna]),
  // The services' own answers: member ids only (dialogue-service sorts them; artefact-service does not).
  'GET /api/v1/dialogues/without-proposal?symposiumId=sym-2026': json({ symposiumId: 'sym-2026', count: 2, memberIds: ['m-1', 'm-3'] }),
  'GET /api/v1/artefacts/symposia/sym-2026/without-artefact': json([
    { memberId: 'm-3', registrationId: 'reg-3', strandIds: ['strand-3'] },
    { memberId: 'm-2', registrationId: 'reg-2', strandIds: ['strand-1'] },
  ]),
  [`GET ${list}?page=0&size=500`]: json([confirmedTom, confirmedHana, confirmedUna, pendingPat, waitlistedWill]),
};

describe('Organise: registrations', () => {
  it('shows the figures and who has not yet proposed a dialogue or brought an artefact', async () => {
    mockFetch(base);
    renderApp('/organise/symposia/sym-2026/registrations');

    const glance = await screen.findByRole('region', { name: 'At a glance' });
    const byState = await within(glance).findByRole('table', { name: 'Registrations by state' });
    expect(within(within(byState).getByRole('row', { name: /Confirmed/ })).getByRole('cell')).toHaveTextContent('3');
    expect(within(glance).getByText(/7 registrations in all\. 97 places left of 100\./)).toBeInTheDocument();
    const byStrand = within(glance).getByRole('table', { name: 'Confirmed participants by strand' });
    const first = within(byStrand).getByRole('row', { name: /Focusing on/ });
    expect(within(first).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '25', '23']);

    const todo = screen.getByRole('region', { name: 'Still to do' });
    expect(await within(todo).findByText('3 confirmed participants.')).toBeInTheDocument();
    // Named from the confirmed registrations, oldest registration first.
    const noProposal = within(todo).getByRole('table', { name: /Confirmed participants who host no dialogue.*: 2$/ });
    expect(within(noProposal).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['Tom Teacher', 'A member (no name given)']);
    const noArtefact = within(todo).getByRole('table', { name: 'Confirmed participants with no available artefact: 2' });
    expect(within(noArtefact).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['Hana Host', 'A member (no name given)']);
    expect(within(within(noArtefact).getByRole('row', { name: /Hana Host/ })).getByRole('cell')).toHaveTextContent(
      'Focusing on, and conditions for, professional learning',
    );
  });

  it('names the people the services list by member id, in registration order, unknown ids last', () => {
    const people = namePeople(
      [{ memberId: 'm-9', strandIds: ['strand-2'] }, { memberId: 'm-2' }, { memberId: 'm-1', strandIds: ['strand-3'] }],
      [confirmedTom, confirmedHana, confirmedUna],
    );
    expect(people).toEqual([
      { memberId: 'm-1', registration: confirmedTom, strandIds: ['strand-1', 'strand-2'] },
      { memberId: 'm-2', registration: confirmedHana, strandIds: ['strand-1'] },
      { memberId: 'm-9', registration: null, strandIds: ['strand-2'] },
    ]);
    expect(namePeople([{ memberId: 'm-2' }, { memberId: 'm-1' }], null)).toEqual([
      { memberId: 'm-2', registration: null, strandIds: [] },
      { memberId: 'm-1', registration: null, strandIds: [] },
    ]);
  });

  it('keeps the rest of the page when the artefact library does not answer', async () => {
    mockFetch({ ...base, 'GET /api/v1/artefacts/symposia/sym-2026/without-artefact': problem(503, 'service-unavailable') });
    renderApp('/organise/symposia/sym-2026/registrations');
    expect(await screen.findByText(/The artefact library could not be read: This part of the LfPL Network is not available/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Confirmed participants who host no dialogue/ })).toBeInTheDocument();
  });

  it('shows the to-do lists by member id when the registrations cannot be read', async () => {
    mockFetch({ ...base, [`GET ${list}?state=CONFIRMED&page=0&size=500`]: problem(503, 'service-unavailable') });
    renderApp('/organise/symposia/sym-2026/registrations');
    const todo = await screen.findByRole('region', { name: 'Still to do' });
    expect(await within(todo).findByText(/The confirmed registrations could not be read/)).toBeInTheDocument();
    const noProposal = within(todo).getByRole('table', { name: /Confirmed participants who host no dialogue.*: 2$/ });
    expect(within(noProposal).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['Member m-1', 'Member m-3']);
  });

  it('says organisers only when a to-do service refuses the caller (403)', async () => {
    mockFetch({ ...base, 'GET /api/v1/dialogues/without-proposal?symposiumId=sym-2026': problem(403, 'forbidden') });
    renderApp('/organise/symposia/sym-2026/registrations');
    const todo = await screen.findByRole('region', { name: 'Still to do' });
    expect(await within(todo).findByText(/These pages are for organisers only/)).toBeInTheDocument();
    expect(within(todo).queryByRole('table')).toBeNull();
  });

  it('lists registrations with waitlist positions and needs, filters them, and links the CSV export', async () => {
    const { calls } = mockFetch({ ...base, [`GET ${list}?state=WAITLISTED&strand=strand-1&page=0&size=500`]: json([waitlistedWill]) });
    const user = userEvent.setup();
    renderApp('/organise/symposia/sym-2026/registrations');

    const table = await screen.findByRole('table', { name: 'Registrations, oldest first' });
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    const will = within(table).getByRole('row', { name: /Will Waiting/ });
    expect(within(will).getByText('Number 1 on the waiting list')).toBeInTheDocument();
    expect(within(within(table).getByRole('row', { name: /Pat Pending/ })).getByText('Access: Step-free access')).toBeInTheDocument();
    expect(screen.getByText('5 registrations shown.')).toBeInTheDocument();
    const csv = screen.getByRole('link', { name: 'Download all registrations (CSV)' });
    expect(csv).toHaveAttribute('href', '/api/v1/symposia/sym-2026/registrations/export');
    expect(csv).toHaveAttribute('download', 'registrations-sym-2026.csv');

    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'WAITLISTED');
    await user.selectOptions(screen.getAllByRole('combobox', { name: 'Strand' })[0]!, 'strand-1');
    expect(await screen.findByText('1 registration shown.')).toBeInTheDocument();
    expect(calls.some((c) => c.url === `${list}?state=WAITLISTED&strand=strand-1&page=0&size=500`)).toBe(true);
  });

  it('approves a pending registration, and rejects one only after asking', async () => {
    document.cookie = 'XSRF-TOKEN=t4';
    const { calls } = mockFetch({
      ...base,
      'POST /api/v1/registrations/reg-4/approve': json({ ...pendingPat, state: 'CONFIRMED' }),
      'POST /api/v1/registrations/reg-4/reject': json({ ...pendingPat, state: 'REJECTED' }),
    });
    const user = userEvent.setup();
    renderApp('/organise/symposia/sym-2026/registrations');

    const table = await screen.findByRole('table', { name: 'Registrations, oldest first' });
    await user.click(within(table).getByRole('button', { name: 'Reject Pat Pending' }));
    expect(within(table).getByText(/Reject the registration of Pat Pending\?/)).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: 'Yes, reject' })).toHaveFocus();
    await user.click(within(table).getByRole('button', { name: 'No, keep it pending' }));
    expect(calls.some((c) => c.url.endsWith('/reject'))).toBe(false);

    await user.click(within(table).getByRole('button', { name: 'Approve Pat Pending' }));
    expect(await screen.findByText('The registration of Pat Pending was approved.')).toBeInTheDocument();
    const pat = within(table).getByRole('row', { name: /Pat Pending/ });
    expect(within(pat).getByText('Confirmed')).toBeInTheDocument();
    expect(within(pat).queryByRole('button')).toBeNull();
    expect(within(pat).getByRole('rowheader')).toHaveFocus();
    const approve = calls.find((c) => c.url.endsWith('/approve'))!;
    expect(approve.method).toBe('POST');
    expect(approve.headers.get('X-XSRF-TOKEN')).toBe('t4');
    // The figures are read again after a decision.
    expect(calls.filter((c) => c.url.endsWith('/registrations/counts')).length).toBeGreaterThanOrEqual(2);
  });

  it('changes the number of places, showing the service\'s message at the field', async () => {
    let attempt = 0;
    const { calls } = mockFetch({
      ...base,
      'PUT /api/v1/symposia/sym-2026/capacity': (call) =>
        ++attempt === 1
          ? problem(400, 'invalid-request', { errors: [{ field: 'capacity', message: 'is at most 100000' }] })
          : json({ ...symposium, capacity: (call.body as { capacity: number }).capacity }),
    });
    const user = userEvent.setup();
    renderApp('/organise/symposia/sym-2026/registrations');

    const places = await screen.findByRole('spinbutton', { name: /^Places/ });
    expect(places).toHaveValue(100);
    await user.clear(places);
    await user.type(places, '200000');
    await user.click(screen.getByRole('button', { name: 'Change the number of places' }));
    expect(await screen.findByRole('alert', { name: 'There is a problem' })).toHaveFocus();
    expect(places).toHaveAccessibleDescription(/Places is at most 100000/);

    await user.clear(places);
    await user.type(places, '120');
    await user.click(screen.getByRole('button', { name: 'Change the number of places' }));
    expect(await screen.findByText('The symposium now has 120 places.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.body)).toEqual([{ capacity: 200000 }, { capacity: 120 }]);
    // New places go to the waiting list: the registrations are read again.
    expect(calls.filter((c) => c.url === `${list}?page=0&size=500`)).toHaveLength(2);
  });

  it('says the page is for organisers only when the service refuses', async () => {
    mockFetch({ ...base, 'GET /api/v1/symposia/sym-2026': problem(403, 'forbidden') });
    renderApp('/organise/symposia/sym-2026/registrations');
    expect(await screen.findByText(/These pages are for organisers only/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
