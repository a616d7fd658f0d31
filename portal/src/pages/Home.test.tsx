import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as fixtures from '../test/fixtures';
import { json, mockFetch, problem } from '../test/fetchMock';
import { renderApp } from '../test/renderApp';

afterEach(() => vi.unstubAllGlobals());

const draft = { ...fixtures.symposium, id: 'draft-1', title: 'Next year (draft)', status: 'DRAFT' as const };

describe('Home', () => {
  it('shows the current published symposium with its strands, for a signed-in member', async () => {
    mockFetch({
      'GET /api/v1/members/me': json(fixtures.member),
      'GET /api/v1/symposia': json([draft, fixtures.symposium]),
    });
    renderApp('/');

    expect(screen.getByRole('heading', { level: 1, name: 'Leadership for learning, together' })).toBeInTheDocument();
    const symposium = await screen.findByRole('article', { name: 'LfPL International Symposium 2026' });
    expect(within(symposium).getByText(/^(18 June 2026|June 18, 2026) to (19 June 2026|June 19, 2026)$/)).toBeInTheDocument();
    expect(within(symposium).getByText('Faculty of Education, Cambridge')).toBeInTheDocument();
    expect(within(symposium).getByText('Two days of disciplined dialogue about leadership for learning.')).toBeInTheDocument();
    const strands = within(symposium).getByRole('list');
    expect(within(strands).getAllByRole('listitem')).toHaveLength(3);
    expect(within(strands).getByText('Dialogue, professional learning and leadership')).toBeInTheDocument();
    expect(within(strands).getByText('What professional learning is about.')).toBeInTheDocument();
    expect(screen.queryByText('Next year (draft)')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Register for this symposium' })).toHaveAttribute(
      'href',
      '/symposia/sym-2026/register',
    );
    expect(await screen.findByText('Signed in as Tom Teacher')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('shows the five principles and a sign-in call to action to anonymous visitors', async () => {
    mockFetch({
      'GET /api/v1/members/me': problem(401, 'unauthorized'),
      'GET /api/v1/symposia': problem(401, 'unauthorized'),
    });
    renderApp('/');

    expect(await screen.findByText('Sign in to see the current symposium and register for it.')).toBeInTheDocument();
    const signIns = screen.getAllByRole('link', { name: 'Sign in' });
    expect(signIns.length).toBeGreaterThanOrEqual(2); // the header and the call to action
    signIns.forEach((link) => expect(link).toHaveAttribute('href', '/oauth2/authorization/keycloak'));
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
    const principles = screen.getByRole('region', { name: 'Five principles for practice' });
    expect(within(principles).getAllByRole('listitem')).toHaveLength(5);
    expect(within(principles).getByText('A focus on learning as an activity.')).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('says when no symposium is published', async () => {
    mockFetch({ 'GET /api/v1/members/me': json(fixtures.member), 'GET /api/v1/symposia': json([draft]) });
    renderApp('/');

    expect(await screen.findByText('No symposium is open at the moment. Come back soon.')).toBeInTheDocument();
  });

  it('shows an error with a way to try again when the service is down', async () => {
    mockFetch({ 'GET /api/v1/members/me': json(fixtures.member), 'GET /api/v1/symposia': problem(503, 'service-unavailable') });
    renderApp('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('not available right now');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('has the page landmarks and a skip link', async () => {
    mockFetch({ 'GET /api/v1/members/me': json(fixtures.member), 'GET /api/v1/symposia': json([]) });
    renderApp('/');

    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await screen.findByText(/No symposium is open/);
  });
});
