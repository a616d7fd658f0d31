import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '../test/fetchMock';
import { agendaSessions, member, symposium } from '../test/fixtures';
import { formatTimeRange } from '../i18n/i18n';
import { renderApp } from '../test/renderApp';
import { byDay, feedUrls } from './Agenda';

afterEach(() => vi.unstubAllGlobals());

const base = {
  'GET /api/v1/members/me': json(member),
  'GET /api/v1/notifications/unread-count': json({ unread: 0 }),
  'GET /api/v1/symposia': json([symposium]),
};

describe('Agenda', () => {
  it('lists my dialogues in time order by day, in my profile time zone, each linking to its page', async () => {
    mockFetch({ ...base, 'GET /api/v1/programmes/sym-2026/agenda': json(agendaSessions) });
    renderApp('/agenda');

    expect(await screen.findByRole('heading', { level: 1, name: 'My agenda' })).toBeInTheDocument();
    expect(await screen.findByText('3 dialogues in your agenda.')).toBeInTheDocument();
    expect(screen.getByText(/your time zone from your profile: Europe\/London/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'My agenda' })).toHaveAttribute('aria-current', 'page');

    const days = screen.getAllByRole('heading', { level: 3 }).filter((h) => h.closest('section.slot'));
    expect(days.map((h) => h.textContent)).toEqual([expect.stringMatching(/Thursday.*18 June|June 18/), expect.stringMatching(/Friday/)]);
    const sessions = screen.getByRole('region', { name: 'Your dialogues' });
    expect(within(sessions).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Learning walks that change what leaders notice',
      'Accountability that teachers own',
      'Dialogue across schools',
    ]);
    const hosted = screen.getByRole('listitem', { name: 'Accountability that teachers own' });
    expect(within(hosted).getByText('You host')).toBeInTheDocument();
    // 13:00Z is 14:00 in London in June: the profile's zone, not UTC.
    const inLondon = formatTimeRange('2026-06-18T13:00:00Z', '2026-06-18T14:30:00Z', 'Europe/London');
    expect(inLondon).not.toBe(formatTimeRange('2026-06-18T13:00:00Z', '2026-06-18T14:30:00Z', 'UTC'));
    expect(within(hosted).getByText(inLondon.replace(/\s+/g, ' '))).toBeInTheDocument();
    expect(within(hosted).getByText('Hall B')).toBeInTheDocument();
    const joined = screen.getByRole('listitem', { name: 'Learning walks that change what leaders notice' });
    expect(within(joined).getByText('You joined')).toBeInTheDocument();
    expect(within(joined).getByText('Room to be announced')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Learning walks that change what leaders notice' })).toHaveAttribute('href', '/dialogues/d-1');
    expect(screen.getByRole('link', { name: 'Download my agenda as a calendar file (.ics)' })).toHaveAttribute(
      'href',
      '/api/v1/programmes/sym-2026/agenda.ics',
    );
  });

  it('makes a private subscription link to copy, and stops it', async () => {
    document.cookie = 'XSRF-TOKEN=t9';
    const { calls } = mockFetch({
      ...base,
      'GET /api/v1/programmes/sym-2026/agenda': json([]),
      'POST /api/v1/programmes/sym-2026/agenda/feed': json({ url: '/api/v1/programmes/feeds/s3cret.ics' }, 201),
      'DELETE /api/v1/programmes/sym-2026/agenda/feed': new Response(null, { status: 204 }),
    });
    const user = userEvent.setup(); // with a clipboard of its own
    renderApp('/agenda');

    expect(await screen.findByText(/Nothing here yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find dialogues to join in the programme' })).toHaveAttribute('href', '/symposia/sym-2026/programme');
    expect(screen.getByText(/anyone who has it sees your agenda/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Make my subscription link' }));

    expect(await screen.findByText('Your subscription link is ready. Copy it into your calendar app.')).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: 'Your subscription link' });
    const https = `${window.location.origin}/api/v1/programmes/feeds/s3cret.ics`;
    expect(field).toHaveValue(https);
    expect(field).toHaveAttribute('readonly');
    expect(screen.getByRole('link', { name: 'Open it in my calendar app' })).toHaveAttribute(
      'href',
      https.replace(/^https?:/, 'webcal:'),
    );
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('The link is copied.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(https);
    expect(screen.getByRole('button', { name: 'Make a new link' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Stop my subscription link' }));
    expect(await screen.findByText(/Your subscription link no longer works/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Your subscription link' })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.method !== 'GET').map((c) => [c.method, c.headers.get('X-XSRF-TOKEN')])).toEqual([
      ['POST', 't9'],
      ['DELETE', 't9'],
    ]);
  });

  it('selects the link to copy by hand when the clipboard refuses, and shows a refusal to make one', async () => {
    document.cookie = 'XSRF-TOKEN=t9';
    let first = true;
    mockFetch({
      ...base,
      'GET /api/v1/programmes/sym-2026/agenda': json([]),
      'POST /api/v1/programmes/sym-2026/agenda/feed': () => {
        if (!first) return json({ url: '/api/v1/programmes/feeds/t0ken.ics' }, 201);
        first = false;
        return problem(503, 'service-unavailable');
      },
    });
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Refused', 'NotAllowedError'));
    renderApp('/agenda');

    await user.click(await screen.findByRole('button', { name: 'Make my subscription link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not available right now/);
    await user.click(screen.getByRole('button', { name: 'Make my subscription link' }));
    const field = await screen.findByRole('textbox', { name: 'Your subscription link' });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText(/could not be copied for you: it is selected/)).toBeInTheDocument();
    expect(field).toHaveFocus();
  });

  it('asks visitors to sign in', async () => {
    mockFetch({
      'GET /api/v1/members/me': problem(401, 'unauthenticated'),
      'GET /api/v1/symposia': problem(401, 'unauthenticated'),
    });
    renderApp('/agenda');
    expect(await screen.findByText('Sign in to see your agenda.')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Sign in' }).length).toBeGreaterThan(0);
  });

  it('says when no symposium is current', async () => {
    mockFetch({ ...base, 'GET /api/v1/symposia': json([]) });
    renderApp('/agenda');
    expect(await screen.findByText('No symposium is open at the moment. Come back soon.')).toBeInTheDocument();
  });

  it("shows another symposium's agenda at its own address", async () => {
    const { calls } = mockFetch({
      ...base,
      'GET /api/v1/symposia/sym-2025': json({ ...symposium, id: 'sym-2025', title: 'LfPL Symposium 2025', status: 'CLOSED' }),
      'GET /api/v1/programmes/sym-2025/agenda': json([]),
    });
    renderApp('/symposia/sym-2025/agenda');
    expect(await screen.findByText('LfPL Symposium 2025')).toBeInTheDocument();
    expect(calls.some((c) => c.url === '/api/v1/programmes/sym-2025/agenda')).toBe(true);
  });

  it('groups by the day in the time zone and makes webcal links of feed paths', () => {
    const late = { ...agendaSessions[0]!, startsAt: '2026-06-18T23:30:00Z', endsAt: '2026-06-19T00:30:00Z' };
    expect(byDay([late], 'Europe/London').map((d) => d.key)).toEqual(['2026-06-19']);
    expect(byDay([late], 'America/New_York').map((d) => d.key)).toEqual(['2026-06-18']);
    expect(byDay(agendaSessions, 'UTC').map((d) => d.sessions.map((s) => s.dialogueId))).toEqual([['d-1', 'd-3'], ['d-5']]);
    expect(feedUrls('/api/v1/programmes/feeds/x.ics', 'https://lfpl.example.org')).toEqual({
      https: 'https://lfpl.example.org/api/v1/programmes/feeds/x.ics',
      webcal: 'webcal://lfpl.example.org/api/v1/programmes/feeds/x.ics',
    });
  });
});
