import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Symposium } from '../../api/types';
import { json, mockFetch, problem } from '../../test/fetchMock';
import { member, symposium } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { organiserBase } from './testFixtures';

afterEach(() => vi.unstubAllGlobals());

const draft: Symposium = { ...symposium, id: 'sym-2027', title: 'LfPL Symposium 2027', status: 'DRAFT', version: 0 };

describe('Organise: symposia', () => {
  it('shows "Organise" in the main navigation to organisers only, from the roles of /members/me', async () => {
    const { calls } = mockFetch({ ...organiserBase, 'GET /api/v1/symposia': json([symposium]) });
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Organise' })).toHaveAttribute('href', '/organise');
    // The roles come with the profile: nothing is probed to find them out.
    expect(calls.some((c) => c.url.startsWith('/api/v1/members?'))).toBe(false);
  });

  it('hides "Organise" from members, and its pages say they are for organisers only', async () => {
    const { calls } = mockFetch({
      ...organiserBase,
      'GET /api/v1/members/me': json(member), // roles: member, school
      'GET /api/v1/symposia': json([symposium]),
    });
    renderApp('/organise');

    expect(await screen.findByText(/These pages are for organisers only/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Organise symposia' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create a symposium' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Organise' })).toBeNull();
    expect(calls.map((c) => c.url)).not.toContain('/api/v1/symposia');
    expect(calls.some((c) => c.url.startsWith('/api/v1/members?'))).toBe(false);
  });

  it('says the pages are for organisers only when a service refuses the organiser role (403)', async () => {
    mockFetch({
      ...organiserBase,
      'GET /api/v1/symposia': problem(403, 'forbidden', { detail: 'Your role does not allow this.' }),
    });
    renderApp('/organise');
    expect(await screen.findByText(/These pages are for organisers only/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('asks visitors who are not signed in to sign in', async () => {
    const { calls } = mockFetch({ 'GET /api/v1/members/me': problem(401, 'unauthenticated') });
    renderApp('/organise');
    expect(await screen.findByText('Sign in as an organiser to manage symposia.')).toBeInTheDocument();
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/members/me']);
  });

  it('lists every symposium, drafts too, to pick one to manage', async () => {
    mockFetch({ ...organiserBase, 'GET /api/v1/symposia': json([draft, symposium]) });
    renderApp('/organise');

    const table = await screen.findByRole('table', { name: 'Every symposium, newest first, drafts included' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['LfPL Symposium 2027', 'LfPL International Symposium 2026']);
    expect(within(rows[0]!).getByText('Draft')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Published')).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'LfPL Symposium 2027' })).toHaveAttribute('href', '/organise/symposia/sym-2027');
    expect(screen.getByRole('link', { name: 'Create a symposium' })).toHaveAttribute('href', '/organise/new');
  });

  it('creates a symposium: times at the venue, strands, and the service\'s field errors at their fields', async () => {
    document.cookie = 'XSRF-TOKEN=t9';
    let attempt = 0;
    const { calls } = mockFetch({
      ...organiserBase,
      'POST /api/v1/symposia': (call) =>
        ++attempt === 1
          ? problem(400, 'invalid-request', {
              errors: [
                { field: 'strands[0].id', message: 'is lower-case letters, digits and dashes' },
                { field: 'venue.virtualUrl', message: 'is an https:// link' },
              ],
            })
          : json({ ...draft, ...(call.body as object) }, 201, { ETag: '"0"' }),
      'GET /api/v1/symposia/sym-2027': json(draft),
    });
    const user = userEvent.setup();
    const router = renderApp('/organise/new');

    const title = await screen.findByRole('textbox', { name: /^Title/ });
    await user.click(screen.getByRole('button', { name: 'Create the symposium' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Title is required' })).toHaveAttribute('href', '#symposium-title');
    expect(title).toHaveAccessibleDescription(/Title is required/);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.type(title, 'LfPL Symposium 2027');
    fireEvent.change(screen.getByLabelText(/^First day/), { target: { value: '2027-06-14' } });
    fireEvent.change(screen.getByLabelText(/^Last day/), { target: { value: '2027-06-15' } });
    await user.clear(screen.getByRole('textbox', { name: /^Time zone/ }));
    await user.type(screen.getByRole('textbox', { name: /^Time zone/ }), 'Europe/London');
    await user.type(screen.getByRole('textbox', { name: /^Online meeting space/ }), 'http://meet');
    fireEvent.change(screen.getByLabelText(/^Registration opens/), { target: { value: '2027-01-10T09:00' } });
    fireEvent.change(screen.getByLabelText(/^Registration closes/), { target: { value: '2027-05-31T23:59' } });
    expect(screen.getByLabelText(/^Registration opens/)).toHaveAccessibleDescription(/^Date and time at the venue \(Europe\/London\)\./);
    await user.click(screen.getByRole('radio', { name: 'Moderated' }));
    expect(screen.getByText('No strands listed: the symposium gets the five strands of the LfPL symposium.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a strand' }));
    expect(screen.getByRole('textbox', { name: /^Strand 1: Title/ })).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: /^Strand 1: Title/ }), 'Student voice');
    await user.type(screen.getByRole('textbox', { name: /^Strand 1: Id/ }), 'Student_Voice');
    await user.type(screen.getByRole('spinbutton', { name: /^Strand 1: Cap/ }), '30');
    await user.click(screen.getByRole('button', { name: 'Create the symposium' }));

    const problems = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(problems).getByRole('link', { name: 'Strand 1: Id is lower-case letters, digits and dashes' })).toHaveAttribute(
      'href',
      '#symposium-strand-0-id',
    );
    expect(screen.getByRole('textbox', { name: /^Strand 1: Id/ })).toHaveAccessibleDescription(/Strand 1: Id is lower-case letters/);
    expect(screen.getByRole('textbox', { name: /^Online meeting space/ })).toHaveAccessibleDescription(/Online meeting space is an https:\/\/ link/);
    const sent = calls.find((c) => c.method === 'POST')!;
    expect(sent.headers.get('X-XSRF-TOKEN')).toBe('t9');
    expect(sent.body).toEqual({
      title: 'LfPL Symposium 2027',
      description: null,
      startsOn: '2027-06-14',
      endsOn: '2027-06-15',
      timeZone: 'Europe/London',
      venue: { physical: null, virtualUrl: 'http://meet' },
      capacity: 100,
      registrationOpensAt: '2027-01-10T09:00:00Z',
      registrationClosesAt: '2027-05-31T22:59:00Z',
      approvalMode: 'MODERATED',
      strands: [{ id: 'Student_Voice', title: 'Student voice', description: null, cap: 30 }],
      maxStrandsPerParticipant: 2,
      offerClaimWindowHours: 48,
    });

    await user.clear(screen.getByRole('textbox', { name: /^Strand 1: Id/ }));
    await user.type(screen.getByRole('textbox', { name: /^Strand 1: Id/ }), 'student-voice');
    await user.clear(screen.getByRole('textbox', { name: /^Online meeting space/ }));
    await user.click(screen.getByRole('button', { name: 'Create the symposium' }));

    expect(await screen.findByText('The symposium "LfPL Symposium 2027" was created as a draft.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/organise/symposia/sym-2027');
    expect(screen.getByRole('heading', { level: 1, name: 'Manage the symposium' })).toBeInTheDocument();
  });

  it('publishes a draft and edits it with If-Match', async () => {
    document.cookie = 'XSRF-TOKEN=t1';
    const { calls } = mockFetch({
      ...organiserBase,
      'GET /api/v1/symposia/sym-2027': json({ ...draft, version: 4 }),
      'POST /api/v1/symposia/sym-2027/publish': json({ ...draft, status: 'PUBLISHED', version: 5 }),
      'PUT /api/v1/symposia/sym-2027': (call) => json({ ...draft, ...(call.body as object), status: 'PUBLISHED', version: 6 }),
    });
    const user = userEvent.setup();
    renderApp('/organise/symposia/sym-2027');

    const sub = await screen.findByRole('navigation', { name: 'Organise LfPL Symposium 2027' });
    expect(within(sub).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
    expect(within(sub).getByRole('link', { name: 'Registrations' })).toHaveAttribute('href', '/organise/symposia/sym-2027/registrations');
    const lifecycle = screen.getByRole('region', { name: 'Status' });
    expect(within(lifecycle).getByText('Draft')).toBeInTheDocument();
    await user.click(within(lifecycle).getByRole('button', { name: 'Publish the symposium' }));
    expect(await screen.findByText('The symposium is published: members can see it and register.')).toBeInTheDocument();
    expect(within(lifecycle).getByText('Published')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit details' }));
    expect(screen.getByRole('heading', { name: 'Edit the symposium' })).toHaveFocus();
    expect(screen.getByLabelText(/^Registration closes/)).toHaveValue('2099-06-01T01:00');
    expect(screen.getAllByRole('group', { name: /^Strand \d$/ })).toHaveLength(3);
    const capacity = screen.getByRole('spinbutton', { name: /^Places/ });
    await user.clear(capacity);
    await user.type(capacity, '120');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Your changes were saved.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit details' })).toHaveFocus();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"5"');
    expect(put.body).toMatchObject({
      capacity: 120,
      registrationOpensAt: '2020-01-01T00:00:00Z',
      registrationClosesAt: '2099-06-01T00:00:00Z',
      strands: [
        { id: 'strand-1', title: 'Focusing on, and conditions for, professional learning', cap: 25 },
        { id: 'strand-2', cap: null },
        { id: 'strand-3', description: null },
      ],
    });
  });

  it('closes a published symposium after asking, and shows why the service refuses', async () => {
    mockFetch({
      ...organiserBase,
      'POST /api/v1/symposia/sym-2026/close': problem(409, 'not-published', { detail: 'Only a published symposium can be closed.' }),
    });
    const user = userEvent.setup();
    renderApp('/organise/symposia/sym-2026');

    await user.click(await screen.findByRole('button', { name: 'Close the symposium' }));
    const confirm = screen.getByRole('group', { name: 'Close this symposium?' });
    expect(within(confirm).getByRole('heading', { name: 'Close this symposium?' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Yes, close it' }));
    expect(await screen.findByText('Only a published symposium can be closed.')).toBeInTheDocument();
  });
});
