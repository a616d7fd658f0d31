import en from './en.json';

/** Every message key; the English catalogue is the reference every other catalogue follows. */
export type MessageKey = keyof typeof en;
export type Catalogue = Partial<Record<MessageKey, string>>;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const DEFAULT_LANGUAGE = 'en';

/**
 * Another language is a file next to en.json (for example fr.json), never a code change: every
 * catalogue in this folder is bundled and chosen by the browser's preferred languages.
 */
const modules = import.meta.glob<Catalogue>('./*.json', { eager: true, import: 'default' });

export const catalogues: Record<string, Catalogue> = Object.fromEntries(
  Object.entries(modules).map(([path, catalogue]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), catalogue]),
);

/** Missing keys and parameters throw in tests and during development, so they are noticed. */
const strictByDefault = import.meta.env.MODE === 'test' || import.meta.env.DEV;

export class MissingMessageError extends Error {}

/** Picks the first catalogue matching the visitor's languages (exact tag, then primary subtag). */
export function pickLanguage(preferred: readonly string[], available: readonly string[]): string {
  const lower = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
  for (const wanted of preferred) {
    const exact = lower.get(wanted.toLowerCase());
    if (exact) return exact;
    const primary = lower.get(wanted.split('-')[0]!.toLowerCase());
    if (primary) return primary;
  }
  return DEFAULT_LANGUAGE;
}

const PLURAL = /\{(\w+), plural, ((?:[=\w]+ \{[^{}]*\}\s*)+)\}/g;
const OPTION = /([=\w]+) \{([^{}]*)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Builds a translator: `{name}` placeholders, and `{count, plural, one {# place} other {# places}}`
 * choices (CLDR plural categories and exact `=0` matches, `#` is the number).
 */
export function createTranslator(
  language: string,
  catalogue: Catalogue,
  fallback: Catalogue = en,
  strict: boolean = strictByDefault,
): Translate {
  const plurals = new Intl.PluralRules(language);
  const fail = (message: string, placeholder: string): string => {
    if (strict) throw new MissingMessageError(message);
    console.error(message);
    return placeholder;
  };
  const param = (key: string, params: Params | undefined, name: string): string | number | undefined => {
    const value = params?.[name];
    if (value === undefined) fail(`Message "${key}" needs the parameter "${name}"`, '');
    return value;
  };
  return (key, params) => {
    const template = catalogue[key] ?? fallback[key];
    if (template === undefined) return fail(`Missing message "${String(key)}" (${language})`, String(key));
    return template
      .replace(PLURAL, (_whole, name: string, options: string) => {
        const value = Number(param(key, params, name) ?? 0);
        const choices = new Map([...options.matchAll(OPTION)].map((m) => [m[1]!, m[2]!]));
        const chosen = choices.get(`=${value}`) ?? choices.get(plurals.select(value)) ?? choices.get('other') ?? '';
        return chosen.replace(/#/g, new Intl.NumberFormat(language).format(value));
      })
      .replace(PLACEHOLDER, (_whole, name: string) => String(param(key, params, name) ?? ''));
  };
}

const browserLanguages =
  typeof navigator !== 'undefined' && navigator.languages?.length ? navigator.languages : [DEFAULT_LANGUAGE];

/** The language the portal speaks; `<html lang>` follows it (see main.tsx). */
export const language = pickLanguage(browserLanguages, Object.keys(catalogues));

export const t: Translate = createTranslator(language, catalogues[language] ?? en);

/** Dates follow the visitor's own variant of the catalogue's language (en-GB: 18 June; en-US: June 18). */
const dateLocale = browserLanguages.find((tag) => tag.split('-')[0] === language.split('-')[0]) ?? language;

/** Dates of the symposium (ISO local dates) in the portal's language, without time-zone shifts. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(dateLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** An instant (deadline, submission time) in the visitor's own time zone. */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(dateLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The visitor's browser time zone (used when the profile names none). */
export function browserTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A usable IANA time zone, or undefined for the browser's own (an unknown name would throw). */
export function validTimeZone(zone: string | null | undefined): string | undefined {
  if (!zone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}

/** A session's time (two instants) in the given time zone, e.g. "Thu 18 June, 09:00 – 10:30". */
export function formatTimeRange(startIso: string, endIso: string, timeZone?: string): string {
  const start = new Date(startIso);
  const end = new Date(endIso);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startIso} – ${endIso}`;
  const format = new Intl.DateTimeFormat(dateLocale, {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  });
  return format.formatRange(start, end);
}
