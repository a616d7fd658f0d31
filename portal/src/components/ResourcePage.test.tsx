import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import type { Resource } from '../session/useResource';
import { json, mockFetch } from '../test/fetchMock';
import { symposium } from '../test/fixtures';
import { CurrentSymposiumPage, PageFailure, ResourcePage } from './ResourcePage';

afterEach(() => vi.unstubAllGlobals());

const failure = (status: number, type = 'urn:lfpl:problem:x') => new ApiError({ type, status, detail: 'Refused.' });

/** The element at `path`, with the other paths the test names answering with their own path. */
function renderAt(element: ReactNode, path = '/here', others: string[] = []) {
  const router = createMemoryRouter(
    [{ path, element }, ...others.map((other) => ({ path: other, element: <p>At {other}</p> }))],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('PageFailure', () => {
  it('asks to sign in (saying what for, or that the session ended), and says what was not found with the way back', () => {
    const { rerender } = render(<PageFailure error={failure(401)} onRetry={vi.fn()} signIn="Sign in to register." />);
    expect(screen.getByText('Sign in to register.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/oauth2/authorization/keycloak');

    rerender(<PageFailure error={failure(401, 'urn:lfpl:problem:session-expired')} onRetry={vi.fn()} signIn="Sign in to register." />);
    expect(screen.getByText('Your session has ended. Sign in again to continue.')).toBeInTheDocument();
  });

  it('offers "Try again" for other problems, and for a 404 when the page says nothing of one', async () => {
    const onRetry = vi.fn();
    const user = userEvent.setup();
    render(<PageFailure error={failure(404)} onRetry={onRetry} signIn="Sign in." />);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('says what was not found, with the way back when there is one', async () => {
    renderAt(<PageFailure error={failure(404)} onRetry={vi.fn()} signIn="Sign in." notFound="No such dialogue." back={{ to: '/programme', label: 'Back to the programme' }} />);
    expect(await screen.findByText('No such dialogue.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the programme' })).toHaveAttribute('href', '/programme');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('ResourcePage', () => {
  const page = (resource: Resource<{ title: string }>, status?: string) => (
    <ResourcePage title="Register" status={status} resource={resource} reload={vi.fn()} loading="Loading the symposium…" signIn="Sign in to register.">
      {(data) => <p>{data.title}</p>}
    </ResourcePage>
  );

  it('names the page, keeps its status line, and shows the loading state, the failure or the data', () => {
    const { rerender } = render(page({ state: 'loading' }, ''));
    expect(screen.getByRole('heading', { level: 1, name: 'Register' })).toBeInTheDocument();
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual(['', 'Loading the symposium…']);

    rerender(page({ state: 'failed', error: failure(401) }, ''));
    expect(screen.getByText('Sign in to register.')).toBeInTheDocument();

    rerender(page({ state: 'loaded', data: { title: 'Symposium 2026' } }, 'Registered.'));
    expect(screen.getByText('Symposium 2026')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Registered.');
  });

  it('has no status line when the page has none', () => {
    render(page({ state: 'loaded', data: { title: 'Symposium 2026' } }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});

describe('CurrentSymposiumPage', () => {
  const current = <CurrentSymposiumPage page="programme" title="Programme" loading="Loading the programme…" signIn="Sign in to see the programme." />;

  it("goes to the current symposium's page", async () => {
    mockFetch({ 'GET /api/v1/symposia': json([symposium]) });
    const router = renderAt(current, '/programme', ['/symposia/:id/programme']);
    expect(await screen.findByText('At /symposia/:id/programme')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/symposia/sym-2026/programme');
  });

  it('says when there is none', async () => {
    mockFetch({ 'GET /api/v1/symposia': json([{ ...symposium, status: 'DRAFT' }]) });
    renderAt(current, '/programme');
    expect(await screen.findByText('No symposium is open at the moment. Come back soon.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Programme' })).toBeInTheDocument();
  });
});
