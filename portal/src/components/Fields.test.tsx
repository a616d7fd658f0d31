import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CheckboxGroup, FieldFrame, InputField, RadioGroup, SelectField, TextField } from './Fields';
import { fieldProps, useFormValues } from './useFormValues';

const options = [
  { value: 1, label: 'One' },
  { value: 2, label: 'Two' },
  { value: 3, label: 'Three' },
];

function Boxes({ errors = [] }: { errors?: string[] }) {
  const [selected, setSelected] = useState<number[]>([]);
  return (
    <>
      <CheckboxGroup
        id="nums"
        optionPrefix="num"
        legend="Numbers"
        hint="Choose some."
        options={options}
        selected={selected}
        onChange={setSelected}
        errors={errors}
        required
      />
      <output>{selected.join(',')}</output>
    </>
  );
}

describe('CheckboxGroup', () => {
  it('keeps the options’ order, names its boxes by the prefix, and is described by its hint and errors', async () => {
    const user = userEvent.setup();
    render(<Boxes errors={['is required']} />);

    const group = screen.getByRole('group', { name: 'Numbers (required)' });
    expect(group).toHaveAccessibleDescription('Choose some. Error: Numbers is required');
    await user.click(screen.getByRole('checkbox', { name: 'Three' }));
    await user.click(screen.getByRole('checkbox', { name: 'One' }));
    expect(screen.getByRole('status')).toHaveTextContent('1,3');
    expect(screen.getByRole('checkbox', { name: 'One' })).toHaveAttribute('id', 'num-1');
    await user.click(screen.getByRole('checkbox', { name: 'Three' }));
    expect(screen.getByRole('status')).toHaveTextContent('1');
  });
});

function Radios({ errors }: { errors?: string[] }) {
  const [value, setValue] = useState<'FILE' | 'LINK' | ''>('');
  return (
    <RadioGroup
      idPrefix="kind"
      legend="Kind"
      options={[
        { value: 'FILE', label: 'A file' },
        { value: 'LINK', label: 'A link' },
      ]}
      value={value}
      onChange={setValue}
      errors={errors}
    />
  );
}

describe('RadioGroup', () => {
  it('is one choice named by its legend, with its errors described and marked', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Radios />);
    const group = screen.getByRole('group', { name: 'Kind' });
    expect(group).not.toHaveAttribute('aria-describedby');
    await user.click(screen.getByRole('radio', { name: 'A link' }));
    expect(screen.getByRole('radio', { name: 'A link' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'A file' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'A file' })).toHaveAttribute('name', 'kind');

    rerender(<Radios errors={['is not a kind']} />);
    expect(group).toHaveAccessibleDescription('Error: Kind is not a kind');
    expect(group).toHaveClass('fieldset', 'field--invalid');
    for (const radio of within(group).getAllByRole('radio')) expect(radio).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('FieldFrame and InputField', () => {
  it('label, hint and errors around a control; sentences shown as they are; the field’s own class added', () => {
    render(
      <>
        <FieldFrame id="file" label="File" hint="Up to 50 MB." errors={['Choose a file.']} sentences className="upload">
          <input id="file" type="file" />
        </FieldFrame>
        <InputField id="seats" type="number" min={1} compact label="Seats" hint="At least one." value="3" onChange={() => {}} errors={['is too small']} required />
      </>,
    );
    const file = document.getElementById('file')!.closest('.field')!;
    expect(file).toHaveClass('field', 'upload', 'field--invalid');
    expect(file).toHaveTextContent('Error: Choose a file.');
    expect(file).not.toHaveTextContent('File Choose a file.');

    const seats = screen.getByRole('spinbutton', { name: 'Seats (required)' });
    expect(seats).toHaveAttribute('step', '1');
    expect(seats).toHaveClass('input', 'input--compact');
    expect(seats).toHaveAttribute('aria-invalid', 'true');
    expect(seats).toHaveAccessibleDescription('At least one. Error: Seats is too small');
  });
});

interface Values {
  name: string;
  kind: string;
  seats: number;
}

function Bound() {
  const { values, set } = useFormValues<Values>({ name: '', kind: 'PHYSICAL', seats: 0 });
  const field = fieldProps('room', values, set, (name) => `Room ${name}`, (name) => (name === 'name' && !values.name ? ['is required'] : []));
  return (
    <>
      <TextField {...field('name')} maxLength={100} />
      <SelectField {...field('kind')} emptyLabel="Choose" options={[{ value: 'VIRTUAL', label: 'Online' }]} />
      <button type="button" onClick={() => set('seats')(values.seats + 1)}>
        More seats
      </button>
      <output>{JSON.stringify(values)}</output>
    </>
  );
}

describe('useFormValues and fieldProps', () => {
  it('tie each field to its value, id, label and errors, and change one value at a time', async () => {
    const user = userEvent.setup();
    render(<Bound />);

    const name = screen.getByRole('textbox', { name: 'Room name' });
    expect(name).toHaveAttribute('id', 'room-name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    await user.type(name, 'Hall');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Room kind' }), 'VIRTUAL');
    await user.click(screen.getByRole('button', { name: 'More seats' }));

    expect(name).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('status')).toHaveTextContent('{"name":"Hall","kind":"VIRTUAL","seats":1}');
  });
});
