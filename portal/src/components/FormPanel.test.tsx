import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { FormActions, FormPanel } from './FormPanel';
import { ProblemAlert, SaveProblem } from './Status';

const stale = new ApiError({ type: 'urn:lfpl:problem:precondition-failed', status: 412, detail: 'Version 3 is not current.' });
const refused = new ApiError({ type: 'urn:lfpl:problem:closed', status: 409, detail: 'The symposium is closed.' });

describe('FormPanel', () => {
  it('draws the heading, summary, problem, fields, actions and status in that order; the heading takes the focus when asked', () => {
    const onSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    render(
      <FormPanel
        titleId="edit-title"
        title="Edit the details"
        focus={{ id: 'sym-2026' }}
        errorsId="edit-errors"
        summary={[{ target: 'edit-name', text: 'Name is required' }]}
        attempt={1}
        problem={<ProblemAlert error={refused} />}
        onSubmit={onSubmit}
        actions={<FormActions busy={false} submit="Save" />}
        status="Saving…"
      >
        <input id="edit-name" aria-label="Name" />
      </FormPanel>,
    );

    const panel = screen.getByRole('region', { name: 'Edit the details' });
    expect(screen.getByRole('heading', { level: 2, name: 'Edit the details' })).toHaveFocus();
    const order = [...panel.querySelectorAll('.error-summary, .problem, input, button, [role="status"]')].map(
      (element) => element.className || element.tagName.toLowerCase(),
    );
    expect(order).toEqual(['error-summary', 'problem', 'input', 'button', 'status status--shown']);
    expect(screen.getByRole('link', { name: 'Name is required' })).toHaveAttribute('href', '#edit-name');
    expect(screen.getByText('The symposium is closed.')).toBeInTheDocument();
  });

  it('leaves the focus alone when not asked to take it', () => {
    render(
      <FormPanel titleId="new-title" title="New" focus={null} errorsId="new-errors" summary={[]} attempt={0} problem={null} onSubmit={vi.fn()} actions={null} status="">
        <input aria-label="Name" />
      </FormPanel>,
    );
    expect(screen.getByRole('heading', { name: 'New' })).not.toHaveFocus();
  });
});

describe('FormActions', () => {
  it('offers the way out only when there is one, and disables both buttons while busy', async () => {
    const onCancel = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(<FormActions busy={false} submit="Save" cancel="Cancel" />);
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();

    rerender(<FormActions busy={false} submit="Save" cancel="Cancel" onCancel={onCancel} />);
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('type', 'submit');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();

    rerender(<FormActions busy submit="Save" cancel="Cancel" onCancel={onCancel} />);
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
  });
});

describe('ProblemAlert and SaveProblem', () => {
  it("say nothing without an error, the service's reason otherwise, in the alert's own words when given", () => {
    const { container, rerender } = render(<ProblemAlert error={null} />);
    expect(container).toBeEmptyDOMElement();

    rerender(<ProblemAlert error={refused} text={(error) => `Refused: ${error.problem.detail}`} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Refused: The symposium is closed.');
  });

  it('offer to reload an edit that someone else changed meanwhile (412), when the page can', async () => {
    const onReload = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(<SaveProblem error={stale} stale="Someone changed it." reload="Load it again" onReload={onReload} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Someone changed it.');
    await user.click(screen.getByRole('button', { name: 'Load it again' }));
    expect(onReload).toHaveBeenCalled();

    rerender(<SaveProblem error={stale} stale="Someone changed it." reload="Load it again" />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();

    rerender(<SaveProblem error={refused} stale="Someone changed it." reload="Load it again" onReload={onReload} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The symposium is closed.');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
