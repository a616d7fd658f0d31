import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boardOf, organiserBase } from './pages/organise/testFixtures';
import { json, mockFetch } from './test/fetchMock';
import { symposium } from './test/fixtures';
import { renderApp } from './test/renderApp';

afterEach(() => vi.unstubAllGlobals());

/** Which organiser modules were loaded: each is recorded when something first imports it. */
const loaded = vi.hoisted(() => [] as string[]);
vi.mock('./pages/organise/Symposia', async (importOriginal) => (loaded.push('Symposia'), importOriginal()));
vi.mock('./pages/organise/Registrations', async (importOriginal) => (loaded.push('Registrations'), importOriginal()));
vi.mock('./pages/organise/Proposals', async (importOriginal) => (loaded.push('Proposals'), importOriginal()));
vi.mock('./pages/organise/ProgrammeBuilder', async (importOriginal) => (loaded.push('ProgrammeBuilder'), importOriginal()));
vi.mock('./pages/organise/Synthesis', async (importOriginal) => (loaded.push('Synthesis'), importOriginal()));

// In order: the first test needs every organiser module still unloaded.
describe('Pages loaded on first use', () => {
  it('loads no organiser page for the home page, and an organiser page when it is opened', async () => {
    mockFetch({ ...organiserBase, 'GET /api/v1/symposia': json([symposium]) });
    const user = userEvent.setup();
    renderApp('/');

    expect(await screen.findByRole('article', { name: symposium.title })).toBeInTheDocument();
    const organise = await within(screen.getByRole('navigation', { name: 'Main' })).findByRole('link', { name: 'Organise' });
    expect(loaded).toEqual([]);

    await user.click(organise);
    expect(await screen.findByRole('table', { name: 'Every symposium, newest first, drafts included' })).toBeInTheDocument();
    expect(loaded).toEqual(['Symposia']);
  });

  it('shows the loading state in the layout while a page\'s code arrives', async () => {
    mockFetch({ ...organiserBase, 'GET /api/v1/programmes/sym-2026/synthesis': json(boardOf([])) });
    renderApp('/organise/symposia/sym-2026/synthesis');

    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Synthesis and proceedings' })).toBeInTheDocument();
    expect(loaded).toContain('Synthesis');
  });
});
