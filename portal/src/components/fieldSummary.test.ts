import { describe, expect, it } from 'vitest';
import { fieldSummary } from './ErrorSummary';

describe('fieldSummary', () => {
  it("lists each field's messages after its label, in the form's order, leading to its control", () => {
    const fields = [
      { field: 'name', target: 'room-name', label: 'Name' },
      { field: 'capacity', target: 'room-capacity', label: 'Seats' },
    ];
    expect(fieldSummary({ capacity: ['is too small'], name: ['is required', 'is too long'], other: ['is ignored'] }, fields)).toEqual([
      { target: 'room-name', text: 'Name is required' },
      { target: 'room-name', text: 'Name is too long' },
      { target: 'room-capacity', text: 'Seats is too small' },
    ]);
    expect(fieldSummary({}, fields)).toEqual([]);
  });
});
