/**
 * Wall-clock times in a symposium's time zone, for `datetime-local` inputs: the organiser types the
 * time as it is at the venue, and the API takes an instant (ISO 8601, UTC).
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The zone's offset from UTC at an instant, in milliseconds (wall clock minus UTC). */
function zoneOffset(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** "2026-06-18T09:00" at the venue (zone) as an instant ("2026-06-18T08:00:00Z"); null when not a time. */
export function zonedToInstant(local: string, zone: string): string | null {
  const match = LOCAL.exec(local);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(wall)) return null;
  // The offset at the guessed instant, then again at the result (a guess near a daylight-saving change may be off).
  const guess = wall - zoneOffset(wall, zone);
  const instant = wall - zoneOffset(guess, zone);
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}

/** An instant as the venue's wall clock, for a `datetime-local` input ("2026-06-18T09:00"); '' when unreadable. */
export function instantToZoned(iso: string | null | undefined, zone: string): string {
  if (!iso) return '';
  const instant = new Date(iso).getTime();
  if (Number.isNaN(instant)) return '';
  return new Date(instant + zoneOffset(instant, zone)).toISOString().slice(0, 16);
}
