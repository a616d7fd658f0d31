import { describe, expect, it, vi } from 'vitest';
import en from './en.json';
import { catalogues, createTranslator, MissingMessageError, pickLanguage, t, type MessageKey } from './i18n';

describe('t', () => {
  it('fails loudly on a missing key in tests', () => {
    expect(() => t('no.such.key' as MessageKey)).toThrow(MissingMessageError);
    expect(() => t('no.such.key' as MessageKey)).toThrow(/no\.such\.key/);
  });

  it('fails loudly on a missing parameter', () => {
    expect(() => t('auth.signedInAs')).toThrow(/needs the parameter "name"/);
  });

  it('fills in parameters', () => {
    expect(t('auth.signedInAs', { name: 'Tom Teacher' })).toBe('Signed in as Tom Teacher');
    expect(t('form.fieldError', { label: 'Display name', message: 'is required' })).toBe('Display name is required');
  });

  it('chooses plural forms, with exact matches first', () => {
    expect(t('strands.placesLeft', { count: 1 })).toBe('1 place left');
    expect(t('strands.placesLeft', { count: 12 })).toBe('12 places left');
    expect(t('register.placesLeft', { count: 0 })).toMatch(/^No places left/);
  });

  it('falls back to English for a key another catalogue lacks, and outside tests shows the key instead of throwing', () => {
    const french = createTranslator('fr', { 'nav.home': 'Accueil' }, en, false);
    expect(french('nav.home')).toBe('Accueil');
    expect(french('nav.profile')).toBe('Profile');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(french('missing.key' as MessageKey)).toBe('missing.key');
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('missing.key'));
  });
});

describe('catalogues', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)[},]/g)].map((m) => m[1]).sort();

  it('are files: every catalogue uses only English keys with the same parameters', () => {
    expect(Object.keys(catalogues)).toContain('en');
    for (const [language, catalogue] of Object.entries(catalogues)) {
      for (const [key, text] of Object.entries(catalogue)) {
        expect(en, `${language}.json has unknown key ${key}`).toHaveProperty([key]);
        expect(placeholders(text!), `${language}.json ${key}`).toEqual(placeholders(en[key as MessageKey]));
      }
    }
  });

  it('has no empty messages', () => {
    expect(Object.entries(en).filter(([, text]) => text.trim() === '')).toEqual([]);
  });
});

describe('pickLanguage', () => {
  it('matches exact tags, then the primary language, else English', () => {
    expect(pickLanguage(['pt-BR', 'en'], ['en', 'pt-BR', 'pt'])).toBe('pt-BR');
    expect(pickLanguage(['fr-CA'], ['en', 'fr'])).toBe('fr');
    expect(pickLanguage(['de'], ['en', 'fr'])).toBe('en');
  });
});
