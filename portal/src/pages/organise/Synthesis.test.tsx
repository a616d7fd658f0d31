import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Insight } from '../../api/types';
import { json, mockFetch, problem } from '../../test/fetchMock';
import { symposium } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { boardOf, insight, organiserBase } from './testFixtures';
import { groupInsights, withInsight } from './Synthesis';

afterEach(() => vi.unstubAllGlobals());

const walks = insight('i-1', { text: 'Leaders noticed talk only with one question.', principles: [1, 3] });
const tension = insight('i-2', { kind: 'TENSION', text: 'Accountability felt imposed.', strandId: 'strand-3', principles: [5], recordedAt: '2026-06-18T11:00:00Z' });
const marked = insight('i-3', {
  kind: 'NEXT_STEP',
  text: 'Share the walk protocol across schools.',
  principles: [3],
  plenaryOutcome: true,
  plenaryNote: 'Adopted for next year.',
  recordedAt: '2026-06-18T12:00:00Z',
});
const board = boardOf([walks, tension, marked]);
const base = { ...organiserBase, 'GET /api/v1/programmes/sym-2026/synthesis': json(board) };

describe('Organise: synthesis board', () => {
  it('groups the insights by strand or by principle, with counts and the plenary outcomes', async () => {
    mockFetch(base);
    const user = userEvent.setup();
    renderApp('/organise/symposia/sym-2026/synthesis');

    expect(await screen.findByText('3 outputs recorded.')).toBeInTheDocument();
    const byStrand = screen.getByRole('table', { name: 'Outputs by strand and kind' });
    const first = within(byStrand).getByRole('row', { name: /Focusing on/ });
    expect(within(first).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '0', '0', '1']);
    const plenary = screen.getByRole('region', { name: 'For the plenary (1)' });
    expect(within(plenary).getByText(/Share the walk protocol across schools\./)).toBeInTheDocument();
    expect(within(plenary).getByText('Note: Adopted for next year.')).toBeInTheDocument();

    const boardRegion = screen.getByRole('region', { name: 'Synthesis board' });
    expect(within(boardRegion).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Focusing on, and conditions for, professional learning (2)',
      'Dialogue, professional learning and leadership (0)',
      'Shared leadership and mutual accountability for professional learning (1)',
    ]);
    await user.click(within(boardRegion).getByRole('radio', { name: 'Principle' }));
    expect(within(boardRegion).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'A focus on learning as an activity (1)',
      'Conditions favourable to learning (0)',
      'Dialogue about leadership for learning (2)',
      'Shared leadership (0)',
      'A shared sense of accountability (1)',
    ]);
    // One insight with two principles appears in both groups, each with its own controls.
    expect(within(boardRegion).getAllByText('Leaders noticed talk only with one question.')).toHaveLength(2);
  });

  it('marks an insight for the plenary with a note', async () => {
    document.cookie = 'XSRF-TOKEN=t7';
    const { calls } = mockFetch({
      ...base,
      'PUT /api/v1/dialogues/d-1/insights/i-2/plenary': (call) => {
        const body = call.body as { outcome: boolean; note: string | null };
        return json({ ...tension, plenaryOutcome: body.outcome, plenaryNote: body.note });
      },
    });
    const user = userEvent.setup();
    renderApp('/organise/symposia/sym-2026/synthesis');

    const card = (await screen.findByText('Accountability felt imposed.')).closest('li')!;
    expect(within(card).getByText(/From "Learning walks that change what leaders notice", recorded by Hana Host/)).toBeInTheDocument();
    await user.click(within(card).getByRole('checkbox', { name: 'Take to the plenary' }));
    await user.type(within(card).getByRole('textbox', { name: 'Plenary note' }), 'Opens the plenary.');
    await user.click(within(card).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Marked for the plenary.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'For the plenary (2)' })).toHaveTextContent('Accountability felt imposed.');
    expect(within(card).getByText('For the plenary')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toEqual({ outcome: true, note: 'Opens the plenary.' });
    expect(put.headers.get('X-XSRF-TOKEN')).toBe('t7');
  });

  it('links the proceedings as HTML and PDF', async () => {
    mockFetch(base);
    renderApp('/organise/symposia/sym-2026/synthesis');
    const proceedings = await screen.findByRole('region', { name: 'Proceedings' });
    expect(within(proceedings).getByRole('link', { name: 'Open the proceedings (HTML)' })).toHaveAttribute('href', '/api/v1/programmes/sym-2026/proceedings.html');
    const pdf = within(proceedings).getByRole('link', { name: 'Download the proceedings as PDF' });
    expect(pdf).toHaveAttribute('href', '/api/v1/programmes/sym-2026/proceedings.pdf');
    expect(pdf).toHaveAttribute('download', 'proceedings-sym-2026.pdf');
  });

  it('says when nothing was recorded yet', async () => {
    mockFetch({ ...base, 'GET /api/v1/programmes/sym-2026/synthesis': json(boardOf([])) });
    renderApp('/organise/symposia/sym-2026/synthesis');
    expect(await screen.findByText('No dialogue has recorded an insight, question, tension or next step yet.')).toBeInTheDocument();
    expect(screen.getByText('Nothing is marked for the plenary yet. Mark outputs on the board below.')).toBeInTheDocument();
  });

  it('offers to try again when the board cannot be read', async () => {
    mockFetch({ ...base, 'GET /api/v1/programmes/sym-2026/synthesis': problem(503, 'service-unavailable') });
    renderApp('/organise/symposia/sym-2026/synthesis');
    expect(await screen.findByRole('alert')).toHaveTextContent('This part of the LfPL Network is not available right now.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('keeps the board consistent after a change', () => {
    const updated: Insight = { ...walks, plenaryOutcome: true };
    const next = withInsight(board, updated);
    expect(next.plenaryOutcomes.map((i) => i.id)).toEqual(['i-1', 'i-3']);
    expect(groupInsights(next, 'strand', symposium)[0]!.insights[0]).toBe(updated);
  });
});
