import { useRef, type FormEvent, type ReactNode } from 'react';
import { ApiError, messagesFor } from '../../api/client';
import type { Programme } from '../../api/types';
import { ErrorSummary, fieldSummary, type SummaryField } from '../../components/ErrorSummary';
import { FieldErrors } from '../../components/Fields';
import { FormActions } from '../../components/FormPanel';
import { ProblemAlert } from '../../components/Status';
import { useFormValues } from '../../components/useFormValues';
import { useProblemForm, type FieldMessages } from '../../components/useProblemForm';
import { t } from '../../i18n/i18n';

/**
 * The service names the whole list ("slots", "rooms") in its messages about a list it refused: they
 * are shown with the form that sent it, and so are messages about fields the form does not have.
 */
export function listProblems(failure: ApiError, list: string): FieldMessages | null {
  const messages = messagesFor(failure.fieldErrors, list);
  const other = Object.keys(failure.fieldErrors).filter((f) => !(f === list || f.startsWith(`${list}[`) || f.startsWith(`${list}.`)));
  const all = [...messages, ...other.flatMap((f) => failure.fieldErrors[f] ?? [])];
  return all.length > 0 ? { [list]: all } : null;
}

export interface ListEditorTexts {
  title: string;
  /** The first column's heading: what names an item. */
  name: string;
  /** The id column's heading. */
  id: string;
  caption: string;
  empty: string;
  inUse: string;
  add: string;
  addButton: string;
  remove: (name: string) => string;
  removed: (name: string) => string;
  added: (name: string) => string;
}

/**
 * A list the programme service keeps whole (time slots, rooms): a table of the items, each removable
 * unless a dialogue is placed in it, and a form that adds one. Every change sends the whole new list
 * (`save`); the service's refusal of an addition is shown with the form, of a removal above the table.
 * After a removal the section's heading takes the focus (the button used is gone).
 */
export function ListEditor<Item extends { id: string }, Form extends Record<string, string>>({
  list,
  prefix,
  items,
  used,
  nameOf,
  columns,
  texts,
  intro,
  blank,
  fields,
  check,
  save,
  onChanged,
  children,
}: {
  /** The list as the service names it ("slots"): its section's and table's ids. */
  list: string;
  /** The ids of the adding form's parts ("slot": `slot-add-title`, `slot-errors`, `slot-list-error`). */
  prefix: string;
  items: readonly Item[];
  /** The ids of the items a dialogue is placed in: they cannot be removed. */
  used: ReadonlySet<string | null>;
  nameOf: (item: Item) => string;
  /** The columns between the name and the id. */
  columns: readonly { heading: string; numeric?: boolean; cell: (item: Item) => ReactNode }[];
  texts: ListEditorTexts;
  intro?: ReactNode;
  /** The adding form when empty. */
  blank: Form;
  /** The form's fields in the error summary; the first names the whole list (`list`). */
  fields: readonly SummaryField[];
  /** What the browser can already tell is wrong with the form, or the item to add. */
  check: (form: Form, items: readonly Item[]) => { errors: FieldMessages; item: Item | null };
  save: (items: Item[]) => Promise<{ data: Programme }>;
  onChanged: (programme: Programme, message: string) => void;
  /** The adding form's fields. */
  children: (form: Form, set: <K extends keyof Form>(name: K) => (value: Form[K]) => void, errors: FieldMessages) => ReactNode;
}) {
  const { values: form, setValues: setForm, set } = useFormValues<Form>(blank);
  const { fieldErrors, attempt, error, busy, begin, send } = useProblemForm();
  const heading = useRef<HTMLHeadingElement>(null);

  const store = (next: Item[], message: string, fromForm: boolean) =>
    send(
      async () => {
        const { data } = await save(next);
        if (fromForm) setForm(blank);
        else heading.current?.focus(); // the removed item's button is gone
        onChanged(data, message);
      },
      { fieldsOf: (failure) => (fromForm ? listProblems(failure, list) : null) },
    );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, item } = check(form, items);
    if (!begin(errors) || !item) return;
    void store([...items, item], texts.added(nameOf(item)), true);
  };

  return (
    <section aria-labelledby={`organise-${list}-title`} className="panel">
      <h2 id={`organise-${list}-title`} ref={heading} tabIndex={-1}>
        {texts.title}
      </h2>
      {intro}
      <ProblemAlert error={error} />
      {items.length === 0 ? (
        <p className="empty">{texts.empty}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={`${list}-caption`} tabIndex={0}>
          <table className="data-table">
            <caption id={`${list}-caption`}>{texts.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.name}</th>
                {columns.map((column) => (
                  <th key={column.heading} scope="col" className={column.numeric ? 'numeric' : undefined}>
                    {column.heading}
                  </th>
                ))}
                <th scope="col">{texts.id}</th>
                <th scope="col">{t('organise.registrations.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{nameOf(item)}</th>
                  {columns.map((column) => (
                    <td key={column.heading} className={column.numeric ? 'numeric' : undefined}>
                      {column.cell(item)}
                    </td>
                  ))}
                  <td>
                    <code>{item.id}</code>
                  </td>
                  <td>
                    {used.has(item.id) ? (
                      <span className="muted">{texts.inUse}</span>
                    ) : (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        disabled={busy}
                        onClick={() => void store(items.filter((i) => i.id !== item.id), texts.removed(nameOf(item)), false)}
                      >
                        {texts.remove(nameOf(item))}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="form" noValidate onSubmit={onSubmit} aria-labelledby={`${prefix}-add-title`}>
        <h3 id={`${prefix}-add-title`}>{texts.add}</h3>
        <ErrorSummary id={`${prefix}-errors`} items={fieldSummary(fieldErrors, fields)} attempt={attempt} />
        <FieldErrors id={`${prefix}-list-error`} label={texts.title} messages={fieldErrors[list] ?? []} />
        {children(form, set, fieldErrors)}
        <FormActions busy={busy} submit={texts.addButton} />
      </form>
    </section>
  );
}
