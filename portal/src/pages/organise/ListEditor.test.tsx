import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import type { Programme } from '../../api/types';
import { TextField } from '../../components/Fields';
import type { FieldMessages } from '../../components/useProblemForm';
import { ListEditor, listProblems } from './ListEditor';

interface Tag {
  id: string;
  name: string;
}

const programme: Programme = { symposiumId: 'sym-2026', publishedAt: null, rooms: [], slots: [], version: 1 };

function Tags({ items, save, onChanged }: { items: Tag[]; save: (tags: Tag[]) => Promise<{ data: Programme }>; onChanged: (p: Programme, message: string) => void }) {
  return (
    <ListEditor
      list="tags"
      prefix="tag"
      items={items}
      used={new Set(['held'])}
      nameOf={(tag: Tag) => tag.name}
      columns={[{ heading: 'Letters', numeric: true, cell: (tag) => tag.name.length }]}
      texts={{
        title: 'Tags',
        name: 'Name',
        id: 'Id',
        caption: 'The tags',
        empty: 'No tags yet.',
        inUse: 'In use',
        add: 'Add a tag',
        addButton: 'Add the tag',
        remove: (name) => `Remove ${name}`,
        removed: (name) => `Tag ${name} removed.`,
        added: (name) => `Tag ${name} added.`,
      }}
      blank={{ name: '' }}
      fields={[
        { field: 'tags', target: 'tag-name', label: 'Tags' },
        { field: 'name', target: 'tag-name', label: 'Name' },
      ]}
      check={(form, tags) => {
        const errors: FieldMessages = {};
        const name = form.name.trim();
        if (!name) errors.name = ['is required'];
        else if (tags.some((t) => t.id === name)) errors.name = ['is taken'];
        return { errors, item: name ? { id: name, name } : null };
      }}
      save={save}
      onChanged={onChanged}
    >
      {(form, set, errors) => <TextField id="tag-name" label="Name" value={form.name} onChange={set('name')} errors={errors.name} />}
    </ListEditor>
  );
}

describe('ListEditor', () => {
  it('shows the items in a table, and adds one by sending the whole new list, checking it first', async () => {
    const save = vi.fn(async () => ({ data: programme }));
    const onChanged = vi.fn();
    const user = userEvent.setup();
    render(<Tags items={[{ id: 'held', name: 'held' }, { id: 'spare', name: 'spare' }]} save={save} onChanged={onChanged} />);

    const table = screen.getByRole('table', { name: 'The tags' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Name', 'Letters', 'Id', 'Actions']);
    expect(within(table).getByRole('row', { name: /held/ })).toHaveTextContent('In use');
    expect(within(table).getByRole('cell', { name: '5' })).toHaveClass('numeric');

    await user.click(screen.getByRole('button', { name: 'Add the tag' }));
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveFocus();
    expect(save).not.toHaveBeenCalled();

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'new');
    await user.click(screen.getByRole('button', { name: 'Add the tag' }));
    expect(save).toHaveBeenCalledWith([{ id: 'held', name: 'held' }, { id: 'spare', name: 'spare' }, { id: 'new', name: 'new' }]);
    expect(onChanged).toHaveBeenCalledWith(programme, 'Tag new added.');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('');
  });

  it("removes an item, then the section's heading takes the focus; a refused removal is shown above the table", async () => {
    const save = vi
      .fn<(tags: Tag[]) => Promise<{ data: Programme }>>()
      .mockRejectedValueOnce(new ApiError({ type: 'urn:lfpl:problem:in-use', status: 409, detail: 'The tag holds a dialogue.' }))
      .mockResolvedValueOnce({ data: programme });
    const onChanged = vi.fn();
    const user = userEvent.setup();
    render(<Tags items={[{ id: 'free', name: 'free' }]} save={save} onChanged={onChanged} />);

    await user.click(screen.getByRole('button', { name: 'Remove free' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The tag holds a dialogue.');
    await user.click(screen.getByRole('button', { name: 'Remove free' }));
    await act(async () => {});
    expect(save).toHaveBeenLastCalledWith([]);
    expect(onChanged).toHaveBeenCalledWith(programme, 'Tag free removed.');
    expect(screen.getByRole('heading', { level: 2, name: 'Tags' })).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it("shows the service's refusal of an addition with the form, as messages about the whole list", async () => {
    const refusal = new ApiError({
      type: 'urn:lfpl:problem:validation',
      status: 400,
      errors: [
        { field: 'tags[2].id', message: 'must be unique' },
        { field: 'symposiumId', message: 'is closed' },
      ],
    });
    const user = userEvent.setup();
    render(<Tags items={[]} save={() => Promise.reject(refusal)} onChanged={vi.fn()} />);

    expect(screen.getByText('No tags yet.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'new');
    await user.click(screen.getByRole('button', { name: 'Add the tag' }));
    expect(await screen.findByRole('link', { name: 'Tags must be unique' })).toHaveAttribute('href', '#tag-name');
    expect(screen.getByRole('link', { name: 'Tags is closed' })).toBeInTheDocument();
  });
});

describe('listProblems', () => {
  it('gathers the messages about the list and about fields the form does not have, or none', () => {
    const failure = new ApiError({ type: 'x', status: 400, errors: [{ field: 'rooms[0].capacity', message: 'is too small' }] });
    expect(listProblems(failure, 'rooms')).toEqual({ rooms: ['is too small'] });
    expect(listProblems(new ApiError({ type: 'x', status: 409 }), 'rooms')).toBeNull();
  });
});
