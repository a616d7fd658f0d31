import { useState } from 'react';

/** The names of a form's text values: those a TextField, TextArea or SelectField edits. */
export type TextName<F> = { [K in keyof F]: F[K] extends string ? K : never }[keyof F] & string;

/** A form's values, and `set(name)`: the change handler of the field that edits `name`. */
export function useFormValues<F extends object>(initial: F | (() => F)) {
  const [values, setValues] = useState<F>(initial);
  const set =
    <K extends keyof F>(name: K) =>
    (value: F[K]) =>
      setValues((previous) => ({ ...previous, [name]: value }));
  return { values, setValues, set };
}

/**
 * Ties a form's text fields to its values: `field(name)` is the field's id (`{prefix}-{name}`), label,
 * value, change handler and errors, to spread on a TextField, TextArea or SelectField before the
 * field's own props (hint, maxLength, required…).
 */
export function fieldProps<F extends object>(
  prefix: string,
  values: F,
  set: <K extends keyof F>(name: K) => (value: F[K]) => void,
  label: (name: TextName<F>) => string,
  errors: (name: TextName<F>) => string[],
) {
  return (name: TextName<F>) => ({
    id: `${prefix}-${name}`,
    label: label(name),
    value: values[name] as string,
    onChange: set(name) as (value: string) => void,
    errors: errors(name),
  });
}
