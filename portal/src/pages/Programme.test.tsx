import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '../test/fetchMock';
import { member, programme, symposium } from '../test/fixtures';
import { renderApp } from '../test/renderApp';
import { filterProgramme, NO_FILTERS } from './Programme';

afterEach(() => vi.unstubAllGlobals());

const base = {
  'GET /api/v1/members/me': json(member),
  'GET /api/v1/notifications/unread-count': json({ unread: 0 }),
  'GET /api/v1/symposia/sym-2026': json(symposium),
};

const sessionTitles = () =>
  within(screen.getByRole('region', { name: 'Dialogues by time slot' }))
    .queryAllByRole('link')
    .map((link) => link.textContent);

describe('Programme', () => {
  it('filters the dialogues by strand, principle and slot, and says how many match', async () => {
    mockFetch({ ...base, 'GET /api/v1/programmes/sym-2026': json(programme) });
    const user = userEvent.setup();
    renderApp('/symposia/sym-2026/programme');

    expect(await screen.findByRole('heading', { level: 3, name: /Day 1, morning/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Programme' })).toBeInTheDocument();
    expect(screen.getByText(/your time zone from your profile: Europe\/London/)).toBeInTheDocument();
    const count = screen.getByText('3 dialogues match.');
    expect(count).toHaveAttribute('role', 'status');
    expect(sessionTitles()).toHaveLength(3);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Strand' }), 'strand-1');
    expect(count).toHaveTextContent('2 dialogues match.');
    expect(sessionTitles()).toEqual(['Learning walks that change what leaders notice', 'Accountability that teachers own']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Principle' }), '4');
    expect(count).toHaveTextContent('1 dialogue matches.');
    expect(sessionTitles()).toEqual(['Accountability that teachers own']);
    expect(screen.queryByRole('heading', { name: /Day 1, morning/ })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Time slot' }), 'day1-am');
    expect(count).toHaveTextContent('No dialogues match.');
    expect(screen.getByText(/No dialogue matches these filters/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(count).toHaveTextContent('3 dialogues match.');
    // The button went with the filters: the focus is on the first filter, not lost.
    expect(screen.getByRole('combobox', { name: 'Strand' })).toHaveFocus();
    const online = screen.getByRole('link', { name: 'Student voice in school leadership' }).closest('li')!;
    expect(within(online as HTMLElement).getByText(/Virtual room 1 \(online\)/)).toBeInTheDocument();
    expect(within(online as HTMLElement).getByText('Shared leadership')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Accountability that teachers own' })).toHaveAttribute('href', '/dialogues/d-3');
  });

  it('says when the programme is not published yet', async () => {
    mockFetch({ ...base, 'GET /api/v1/programmes/sym-2026': problem(404, 'not-found') });
    renderApp('/symposia/sym-2026/programme');

    expect(await screen.findByText(/The programme has not been published yet/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Propose a dialogue' })).toHaveAttribute('href', '/symposia/sym-2026/propose');
  });

  it('filterProgramme drops slots left without sessions', () => {
    expect(filterProgramme(programme, { ...NO_FILTERS, principle: '5' }).map(({ slot }) => slot.id)).toEqual(['day1-pm']);
    expect(filterProgramme(programme, NO_FILTERS)).toHaveLength(2);
  });
});
