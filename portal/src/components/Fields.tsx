import type { ChangeEvent, ReactNode } from 'react';
import { t } from '../i18n/i18n';

/** The ids a control is described by: its hint and its error messages (WCAG 3.3.1, 1.3.1). */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter(Boolean).join(' ');
  return present || undefined;
}

/** Field messages from the API read as predicates ("is required"), so they follow the field's label. */
export function FieldErrors({ id, label, messages }: { id: string; label: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul id={id} className="field-errors">
      {messages.map((message) => (
        <li key={message}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {t('form.fieldError', { label, message })}
        </li>
      ))}
    </ul>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
}

function Frame({ id, label, hint, errors = [], required, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={errors.length ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
        {required ? <span className="field__required"> {t('form.required')}</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={`${id}-error`} label={label} messages={errors} />
      {children}
    </div>
  );
}

function controlProps({ id, hint, errors = [], required }: FieldProps) {
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
    <Frame {...props}>
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
    </Frame>
  );
}

export function TextArea(
  props: FieldProps & { value: string; onChange: (value: string) => void; maxLength?: number; rows?: number },
) {
  return (
    <Frame {...props}>
      <textarea
        {...controlProps(props)}
        className="input"
        rows={props.rows ?? 4}
        value={props.value}
        maxLength={props.maxLength}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Frame>
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
    <Frame {...props}>
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
    </Frame>
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
