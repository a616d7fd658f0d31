import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '../test/fetchMock';
import { dialogue, member, registration, symposium } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

afterEach(() => vi.unstubAllGlobals());

const confirmed = { ...registration, state: 'CONFIRMED', waitlistPosition: null, strands: ['strand-1', 'strand-2'] };
const base = {
  'GET /api/v1/members/me': json(member),
  'GET /api/v1/notifications/unread-count': json({ unread: 0 }),
  'GET /api/v1/symposia/sym-2026': json(symposium),
  'GET /api/v1/symposia/sym-2026/registrations/mine': json(confirmed),
  'GET /api/v1/programmes/sym-2026': problem(404, 'not-found'),
};

describe('Propose', () => {
  it('keeps a list of guiding questions and shows each field error at its field', async () => {
    const { calls } = mockFetch({
      ...base,
      'GET /api/v1/dialogues?symposiumId=sym-2026': json([]),
      'POST /api/v1/dialogues': problem(400, 'invalid-request', {
        errors: [
          { field: 'purpose', message: 'is required' },
          { field: 'guidingQuestions.why', message: 'is at most 500 characters' },
          { field: 'principles', message: 'names 1 to 5 principles' },
        ],
      }),
    });
    const user = userEvent.setup();
    renderApp('/symposia/sym-2026/propose');

    const form = await screen.findByRole('region', { name: 'Your proposal' });
    const strand = within(form).getByRole('combobox', { name: /Strand/ });
    expect(within(strand).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Choose a strand',
      'Focusing on, and conditions for, professional learning',
      'Dialogue, professional learning and leadership',
    ]);
    expect(screen.getByText('No guiding questions yet.')).toBeInTheDocument();

    // Add "Who?" (the first offered), then "Why?", then remove "Who?".
    await user.click(screen.getByRole('button', { name: 'Add guiding question' }));
    const who = screen.getByRole('textbox', { name: 'Who?' });
    expect(who).toHaveFocus();
    await user.type(who, 'Leaders');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Question to add' }), 'why');
    await user.click(screen.getByRole('button', { name: 'Add guiding question' }));
    await user.type(screen.getByRole('textbox', { name: 'Why?' }), 'Attention');
    expect(within(screen.getByRole('combobox', { name: 'Question to add' })).queryByRole('option', { name: 'Why?' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove the question Who?' }));
    expect(screen.queryByRole('textbox', { name: 'Who?' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Question to add' })).toHaveFocus();
    expect(screen.getByText('Question Who? removed.')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Learning walks');
    await user.selectOptions(strand, 'strand-2');
    await user.type(screen.getByRole('textbox', { name: /Format/ }), 'learning walk');
    await user.click(screen.getByRole('radio', { name: 'Online' }));
    await user.type(screen.getByRole('textbox', { name: /Online meeting link/ }), 'https://meet.example.org/w');
    await user.click(screen.getByRole('button', { name: 'Send proposal' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: 'Purpose is required' })).toHaveAttribute('href', '#proposal-purpose');
    expect(within(summary).getByRole('link', { name: 'Why? is at most 500 characters' })).toHaveAttribute('href', '#proposal-question-why');
    expect(screen.getByRole('textbox', { name: /Purpose/ })).toHaveAccessibleDescription(/Purpose is required/);
    expect(screen.getByRole('textbox', { name: 'Why?' })).toHaveAccessibleDescription(/Why\? is at most 500 characters/);
    expect(screen.getByRole('textbox', { name: 'Why?' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('group', { name: /Principles it addresses/ })).toHaveAccessibleDescription(/names 1 to 5 principles/);

    const body = calls.find((c) => c.method === 'POST')!.body as Record<string, unknown>;
    expect(body).toMatchObject({
      symposiumId: 'sym-2026',
      title: 'Learning walks',
      strandId: 'strand-2',
      guidingQuestions: { why: 'Attention' },
      format: 'learning walk',
      principles: [],
      mode: 'VIRTUAL',
      meetingUrl: 'https://meet.example.org/w',
      capacity: 12,
      language: 'en',
      coHostIds: [],
    });
  });

  it('keeps the focus in a field typed in after the service refused the proposal', async () => {
    const { calls } = mockFetch({
      ...base,
      'GET /api/v1/dialogues?symposiumId=sym-2026': json([]),
      'POST /api/v1/dialogues': problem(400, 'invalid-request', { errors: [{ field: 'purpose', message: 'is required' }] }),
    });
    const user = userEvent.setup();
    renderApp('/symposia/sym-2026/propose');

    await user.click(await screen.findByRole('button', { name: 'Send proposal' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();

    // The summary's link leads to the field; typing there keeps every character and the focus.
    await user.click(within(summary).getByRole('link', { name: 'Purpose is required' }));
    const purpose = screen.getByRole('textbox', { name: /Purpose/ });
    expect(purpose).toHaveFocus();
    await user.type(purpose, 'To notice learning');
    expect(purpose).toHaveValue('To notice learning');
    expect(purpose).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Walks');
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveValue('Walks');
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveFocus();

    // Refused again with the same error: the summary takes the focus for this new attempt.
    await user.click(screen.getByRole('button', { name: 'Send proposal' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2));
    await waitFor(() => expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveFocus());
  });

  it('shows my proposal with its status and edits it with If-Match', async () => {
    const mine = { ...dialogue, hostId: member.id, status: 'RETURNED', curatorComment: 'Say who the walk is for.', version: 5 };
    const { calls } = mockFetch({
      ...base,
      'GET /api/v1/dialogues?symposiumId=sym-2026': json([mine]),
      'PUT /api/v1/dialogues/d-1': (call) =>
        json({ ...mine, status: 'PROPOSED', curatorComment: null, proposal: call.body, version: 6 }, 200, { ETag: '"6"' }),
    });
    const user = userEvent.setup();
    renderApp('/symposia/sym-2026/propose');

    const view = await screen.findByRole('region', { name: 'My proposal' });
    expect(within(view).getByText('Returned for changes')).toBeInTheDocument();
    expect(within(view).getByText('Say who the walk is for.')).toBeInTheDocument();
    await user.click(within(view).getByRole('button', { name: 'Edit my proposal' }));

    expect(screen.getByRole('heading', { name: 'Edit your proposal' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Who?' })).toHaveValue('School leaders and the students they walk with.');
    await user.clear(screen.getByRole('textbox', { name: /Title/ }));
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Walks for students');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Your proposal was saved.')).toBeInTheDocument();
    expect(screen.getByText('Under review')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"5"');
    expect(put.body).toMatchObject({ title: 'Walks for students', guidingQuestions: { who: 'School leaders and the students they walk with.' } });
  });
});
