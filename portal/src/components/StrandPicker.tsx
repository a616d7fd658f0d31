import type { Strand } from '../api/types';
import { t } from '../i18n/i18n';
import { describedBy, FieldErrors } from './Fields';

export interface StrandPickerProps {
  idPrefix: string;
  strands: readonly Strand[];
  /** The symposium's maximum strands per participant. */
  max: number;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Places left by strand id, for strands with a cap of their own (when figures are available). */
  placesLeft?: Readonly<Record<string, number>>;
  errors?: string[];
  disabled?: boolean;
}

/** Adds or removes one strand, never going past the maximum; keeps the symposium's strand order. */
export function toggleStrand(
  strands: readonly Strand[],
  selected: readonly string[],
  id: string,
  max: number,
): string[] {
  if (selected.includes(id)) return selected.filter((s) => s !== id);
  if (selected.length >= max) return [...selected];
  const next = new Set([...selected, id]);
  return strands.map((s) => s.id).filter((s) => next.has(s));
}

/**
 * Checkboxes for the strands. Once the maximum is chosen the others are disabled, and a live
 * message (which the disabled boxes also point to) says why and how to choose another.
 */
export function StrandPicker({
  idPrefix,
  strands,
  max,
  selected,
  onChange,
  placesLeft,
  errors = [],
  disabled = false,
}: StrandPickerProps) {
  const full = selected.length >= max;
  const hintId = `${idPrefix}-hint`;
  const limitId = `${idPrefix}-limit`;
  const errorId = `${idPrefix}-error`;
  const legend = t('strands.legend');
  return (
    <fieldset
      className={errors.length ? 'strand-picker field--invalid' : 'strand-picker'}
      aria-describedby={describedBy(hintId, errors.length > 0 && errorId)}
    >
      <legend>{legend}</legend>
      <p id={hintId} className="field__hint">
        {t('strands.hint', { max })}
      </p>
      <FieldErrors id={errorId} label={legend} messages={errors} />
      <p id={limitId} role="status" className="strand-picker__limit">
        {full
          ? t('strands.limitReached', { max })
          : t('strands.chosen', { count: selected.length, max })}
      </p>
      <ul className="strand-picker__list">
        {strands.map((strand) => {
          const id = `${idPrefix}-${strand.id}`;
          const checked = selected.includes(strand.id);
          const blocked = !checked && full;
          const left = placesLeft?.[strand.id];
          return (
            <li key={strand.id} className={blocked ? 'strand strand--blocked' : 'strand'}>
              <input
                type="checkbox"
                id={id}
                name={idPrefix}
                value={strand.id}
                className="checkbox"
                checked={checked}
                disabled={disabled || blocked}
                aria-describedby={describedBy(
                  strand.description && `${id}-description`,
                  left !== undefined && `${id}-places`,
                  blocked && limitId,
                )}
                onChange={() => onChange(toggleStrand(strands, selected, strand.id, max))}
              />
              <div>
                <label htmlFor={id} className="strand__title">
                  {strand.title}
                </label>
                {strand.description ? (
                  <p id={`${id}-description`} className="strand__description">
                    {strand.description}
                  </p>
                ) : null}
                {left !== undefined ? (
                  <p id={`${id}-places`} className="strand__places">
                    {left > 0 ? t('strands.placesLeft', { count: left }) : t('strands.full')}
                  </p>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
