import { describe, expect, it } from 'vitest';
import { instantToZoned, zonedToInstant } from './time';

describe('venue times', () => {
  it('reads a wall-clock time at the venue as an instant, across daylight-saving time', () => {
    expect(zonedToInstant('2027-01-10T09:00', 'Europe/London')).toBe('2027-01-10T09:00:00Z');
    expect(zonedToInstant('2027-05-31T23:59', 'Europe/London')).toBe('2027-05-31T22:59:00Z');
    expect(zonedToInstant('2026-06-18T09:00', 'America/New_York')).toBe('2026-06-18T13:00:00Z');
    expect(zonedToInstant('2026-06-18T09:00', 'Asia/Kolkata')).toBe('2026-06-18T03:30:00Z');
    expect(zonedToInstant('', 'Europe/London')).toBeNull();
    expect(zonedToInstant('18/06/2026 09:00', 'Europe/London')).toBeNull();
  });

  it('shows an instant as the wall clock at the venue', () => {
    expect(instantToZoned('2027-05-31T22:59:00Z', 'Europe/London')).toBe('2027-05-31T23:59');
    expect(instantToZoned('2026-06-18T13:00:00Z', 'America/New_York')).toBe('2026-06-18T09:00');
    expect(instantToZoned(null, 'UTC')).toBe('');
    expect(instantToZoned('not a time', 'UTC')).toBe('');
  });
});
