import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '../test/fetchMock';
import { member } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

afterEach(() => vi.unstubAllGlobals());

describe('Profile', () => {
  it('shows each field error next to its field and links it with aria-describedby', async () => {
    document.cookie = 'XSRF-TOKEN=t1';
    const { calls } = mockFetch({
      'GET /api/v1/members/me': json(member, 200, { ETag: '"7"' }),
      'PUT /api/v1/members/me': problem(400, 'invalid-request', {
        detail: 'The request has invalid fields.',
        errors: [
          { field: 'country', message: 'is an ISO 3166-1 alpha-2 code such as GB' },
          { field: 'displayName', message: 'is required' },
        ],
      }),
    });
    const user = userEvent.setup();
    renderApp('/profile');

    const name = await screen.findByRole('textbox', { name: /Display name/ });
    expect(name).toHaveValue('Tom Teacher');
    expect(screen.getByRole('checkbox', { name: 'List me in the participant directory' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Share my name with partner organisations' })).not.toBeChecked();
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('Display name is required', { selector: 'li' })).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Display name is required/);
    expect(screen.getByRole('textbox', { name: 'Country' })).toHaveAccessibleDescription(/ISO 3166-1 alpha-2/);
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Display name is required' })).toHaveAttribute('href', '#profile-displayName');

    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"7"');
    expect(put.headers.get('X-XSRF-TOKEN')).toBe('t1');
    expect(put.body).toMatchObject({ displayName: '', country: 'GB', interests: ['coaching', 'student voice'], listedInDirectory: true, nameSharedWithPartners: false });
  });

  it('asks for confirmation before deleting the account', async () => {
    mockFetch({ 'GET /api/v1/members/me': json(member) });
    const user = userEvent.setup();
    renderApp('/profile');

    await user.click(await screen.findByRole('button', { name: 'Delete my account' }));

    expect(screen.getByRole('heading', { name: 'Are you sure you want to delete your account?' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'No, keep my account' }));
    expect(screen.getByRole('button', { name: 'Delete my account' })).toHaveFocus();
  });

  it('offers sign in when the session has expired', async () => {
    mockFetch({ 'GET /api/v1/members/me': problem(401, 'session-expired') });
    renderApp('/profile');

    expect(await screen.findAllByText('Your session has ended. Sign in again to continue.')).not.toHaveLength(0);
    expect(screen.getAllByRole('link', { name: 'Sign in' })[0]).toHaveAttribute('href', '/oauth2/authorization/keycloak');
  });
});
