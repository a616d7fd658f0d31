import type { ChangeEvent, ReactNode } from 'react';
import { t } from '../i18n/i18n';

/** The ids a control is described by: its hint and its error messages (WCAG 3.3.1, 1.3.1). */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter(Boolean).join(' ');
  return present || undefined;
}

/**
 * Field messages from the API read as predicates ("is required"), so they follow the field's label;
 * with `sentences`, messages that are whole sentences of their own are shown as they are.
 */
export function FieldErrors({ id, label, messages, sentences }: { id: string; label: string; messages: string[]; sentences?: boolean }) {
  if (messages.length === 0) return null;
  return (
    <ul id={id} className="field-errors">
      {messages.map((message) => (
        <li key={message}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {sentences ? message : t('form.fieldError', { label, message })}
        </li>
      ))}
    </ul>
  );
}

export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
}

/**
 * A field's label (marked when required), hint and errors around its control (`{id}-hint`,
 * `{id}-error`); `className` adds the field's own class.
 */
export function FieldFrame({
  id,
  label,
  hint,
  errors = [],
  required,
  sentences,
  className,
  children,
}: FieldProps & { sentences?: boolean; className?: string; children: ReactNode }) {
  return (
    <div className={['field', className, errors.length > 0 && 'field--invalid'].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
        {required ? <span className="field__required"> {t('form.required')}</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={`${id}-error`} label={label} messages={errors} sentences={sentences} />
      {children}
    </div>
  );
}

/** A control's own attributes: id and name, required, invalid, and described by its hint and errors. */
export function controlProps({ id, hint, errors = [], required }: FieldProps) {
  return {
    id,
    name: id,
    required,
    'aria-invalid': errors.length > 0 ? true : undefined,
    'aria-describedby': describedBy(hint && `${id}-hint`, errors.length > 0 && `${id}-error`),
  };
}

export function TextField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    maxLength?: number;
    autoComplete?: string;
    inputMode?: 'text' | 'email' | 'numeric' | 'url';
    spellCheck?: boolean;
  },
) {
  return (
    <FieldFrame {...props}>
      <input
        {...controlProps(props)}
        type="text"
        className="input"
        value={props.value}
        maxLength={props.maxLength}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        spellCheck={props.spellCheck}
        onChange={(e: ChangeEvent<HTMLInputElement>) => props.onChange(e.target.value)}
      />
    </FieldFrame>
  );
}

export function TextArea(
  props: FieldProps & { value: string; onChange: (value: string) => void; maxLength?: number; rows?: number },
) {
  return (
    <FieldFrame {...props}>
      <textarea
        {...controlProps(props)}
        className="input"
        rows={props.rows ?? 4}
        value={props.value}
        maxLength={props.maxLength}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </FieldFrame>
  );
}

export type InputType = 'text' | 'number' | 'date' | 'datetime-local' | 'url';

/** A labelled input of any type (a whole number, a date, a time), `compact` for short values. */
export function InputField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    type?: InputType;
    maxLength?: number;
    min?: number;
    max?: number;
    spellCheck?: boolean;
    compact?: boolean;
  },
) {
  const { type = 'text' } = props;
  return (
    <FieldFrame {...props}>
      <input
        {...controlProps(props)}
        type={type}
        className={props.compact ? 'input input--compact' : 'input'}
        value={props.value}
        maxLength={props.maxLength}
        min={props.min}
        max={props.max}
        step={type === 'number' ? 1 : undefined}
        spellCheck={props.spellCheck}
        onChange={(e: ChangeEvent<HTMLInputElement>) => props.onChange(e.target.value)}
      />
    </FieldFrame>
  );
}

export function SelectField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    options: readonly { value: string; label: string }[];
    emptyLabel: string;
    autoComplete?: string;
  },
) {
  return (
    <FieldFrame {...props}>
      <select
        {...controlProps(props)}
        className="input"
        value={props.value}
        autoComplete={props.autoComplete}
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">{props.emptyLabel}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField(
  props: Omit<FieldProps, 'required'> & { checked: boolean; onChange: (checked: boolean) => void },
) {
  const { id, label, hint, errors = [] } = props;
  return (
    <div className={errors.length ? 'field field--checkbox field--invalid' : 'field field--checkbox'}>
      <input
        {...controlProps(props)}
        type="checkbox"
        className="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <div>
        <label htmlFor={id} className="field__label">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="field__hint">
            {hint}
          </p>
        ) : null}
        <FieldErrors id={`${id}-error`} label={label} messages={errors} />
      </div>
    </div>
  );
}

/**
 * A group of checkboxes (strands, principles) with a legend, hint and errors. `id` names the group's
 * hint and errors, `optionPrefix` its boxes (`{optionPrefix}-{value}`). A choice keeps the options' order.
 */
export function CheckboxGroup<T extends string | number>({
  id,
  optionPrefix = id,
  legend,
  hint,
  options,
  selected,
  onChange,
  errors,
  required,
}: {
  id: string;
  optionPrefix?: string;
  legend: string;
  hint: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  errors: string[];
  required?: boolean;
}) {
  return (
    <fieldset
      className={errors.length ? 'fieldset field--invalid' : 'fieldset'}
      aria-describedby={describedBy(`${id}-hint`, errors.length > 0 && `${id}-error`)}
    >
      <legend>
        {legend}
        {required ? <span className="field__required"> {t('form.required')}</span> : null}
      </legend>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
      <FieldErrors id={`${id}-error`} label={legend} messages={errors} />
      <ul className="choice-list">
        {options.map((option) => (
          <li key={option.value} className="field--checkbox">
            <input
              type="checkbox"
              id={`${optionPrefix}-${option.value}`}
              className="checkbox"
              checked={selected.includes(option.value)}
              onChange={(e) =>
                onChange(
                  e.target.checked
                    ? options.map((o) => o.value).filter((v) => v === option.value || selected.includes(v))
                    : selected.filter((v) => v !== option.value),
                )
              }
            />
            <label htmlFor={`${optionPrefix}-${option.value}`}>{option.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * One choice of a few, as radio buttons named `idPrefix` (each `{idPrefix}-{value}`), with a legend
 * and errors (`{idPrefix}-error`). `nested` inside another fieldset; `inline` on one line.
 */
export function RadioGroup<T extends string>({
  idPrefix,
  legend,
  options,
  value,
  onChange,
  errors = [],
  nested,
  inline,
}: {
  idPrefix: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T | '';
  onChange: (value: T) => void;
  errors?: string[];
  nested?: boolean;
  inline?: boolean;
}) {
  const invalid = errors.length > 0;
  return (
    <fieldset
      className={['fieldset', nested && 'fieldset--nested', invalid && 'field--invalid'].filter(Boolean).join(' ')}
      aria-describedby={describedBy(invalid && `${idPrefix}-error`)}
    >
      <legend>{legend}</legend>
      <FieldErrors id={`${idPrefix}-error`} label={legend} messages={errors} />
      <ul className={inline ? 'choice-list choice-list--inline' : 'choice-list'}>
        {options.map((option) => (
          <li key={option.value}>
            <input
              type="radio"
              id={`${idPrefix}-${option.value}`}
              name={idPrefix}
              className="checkbox"
              checked={value === option.value}
              aria-invalid={invalid ? true : undefined}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={`${idPrefix}-${option.value}`}>{option.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
