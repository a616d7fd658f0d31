import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '../test/fetchMock';
import { member, registration, symposium } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

afterEach(() => vi.unstubAllGlobals());

const base = {
  'GET /api/v1/members/me': json(member),
  'GET /api/v1/symposia/sym-2026': json(symposium),
  'GET /api/v1/symposia/sym-2026/figures': json({ confirmed: 40, waitlisted: 0, confirmedByStrand: { 'strand-1': 24 }, placesLeft: { '*': 60, 'strand-1': 1 } }),
};

describe('Register', () => {
  it('registers with the chosen strands and shows the resulting state', async () => {
    document.cookie = 'XSRF-TOKEN=t2';
    const { calls } = mockFetch({
      ...base,
      'GET /api/v1/symposia/sym-2026/registrations/mine': problem(404, 'not-found'),
      'POST /api/v1/symposia/sym-2026/registrations': json({ ...registration, strands: ['strand-1', 'strand-2'] }, 201),
    });
    const user = userEvent.setup();
    renderApp('/symposia/sym-2026/register');

    const first = await screen.findByRole('checkbox', { name: /Focusing on, and conditions for/ });
    expect(first).toHaveAccessibleDescription(/1 place left/);
    expect(screen.getByText('60 places left.')).toBeInTheDocument();
    await user.click(first);
    await user.click(screen.getByRole('checkbox', { name: /Dialogue, professional learning/ }));
    expect(screen.getByRole('checkbox', { name: /Shared leadership/ })).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Dietary needs' }), 'Vegetarian');
    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(await screen.findByRole('heading', { name: 'My registration' })).toHaveFocus();
    expect(screen.getByText('Waitlisted')).toBeInTheDocument();
    expect(screen.getByText(/You are number 3 on the waiting list/)).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({ strands: ['strand-1', 'strand-2'], needs: { access: null, dietary: 'Vegetarian' } });
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('t2');
  });

  it('asks for at least one strand before sending', async () => {
    const { calls } = mockFetch({ ...base, 'GET /api/v1/symposia/sym-2026/registrations/mine': problem(404, 'not-found') });
    const user = userEvent.setup();
    renderApp('/symposia/sym-2026/register');

    await user.click(await screen.findByRole('button', { name: 'Register' }));

    expect(screen.getByRole('group', { name: 'Strands' })).toHaveAccessibleDescription(/Strands needs at least one strand/);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('keeps the focus in a field typed in after a failed submit, and takes it again on the next one', async () => {
    mockFetch({ ...base, 'GET /api/v1/symposia/sym-2026/registrations/mine': problem(404, 'not-found') });
    const user = userEvent.setup();
    renderApp('/symposia/sym-2026/register');

    await user.click(await screen.findByRole('button', { name: 'Register' }));
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();

    // Every keystroke re-renders the form (and rebuilds its list of errors): none may move the focus.
    const access = screen.getByRole('textbox', { name: 'Access needs' });
    await user.click(access);
    await user.type(access, 'Step-free');
    expect(access).toHaveValue('Step-free');
    expect(access).toHaveFocus();
    expect(summary).toBeInTheDocument();

    // The same errors again from a new submit: the summary takes the focus again.
    await user.click(screen.getByRole('button', { name: 'Register' }));
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveFocus();
  });

  it('lets a member accept an offered place before its deadline', async () => {
    document.cookie = 'XSRF-TOKEN=t3';
    const offered = { ...registration, state: 'OFFERED', waitlistPosition: null, offerExpiresAt: '2099-01-01T12:00:00Z' };
    mockFetch({
      ...base,
      'GET /api/v1/symposia/sym-2026/registrations/mine': json(offered),
      'POST /api/v1/registrations/reg-1/accept': json({ ...offered, state: 'CONFIRMED', offerExpiresAt: null }),
    });
    const user = userEvent.setup();
    renderApp('/symposia/sym-2026/register');

    expect(await screen.findByText(/A place is yours if you accept it by/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Register' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Accept the place' }));

    expect(await screen.findByText('Confirmed')).toBeInTheDocument();
    expect(screen.getByText('You accepted the place. Your registration is confirmed.')).toBeInTheDocument();
  });
});
