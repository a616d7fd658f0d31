import { useState } from 'react';
import { ApiError, asApiError } from '../../api/client';
import { organise } from '../../api/endpoints';
import type {
  AllocationApplied,
  AllocationPreview,
  Dialogue,
  Programme,
  ProgrammeRoom,
  ProgrammeSlot,
} from '../../api/types';
import { InputField, SelectField, TextField } from '../../components/Fields';
import { Loading, ProblemAlert, StatusMessage } from '../../components/Status';
import type { FieldMessages } from '../../components/useProblemForm';
import { formatTimeRange, t, type MessageKey } from '../../i18n/i18n';
import { wholeNumber } from './common';
import { ListEditor } from './ListEditor';
import { zonedToInstant } from './time';

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** An id the services accept (lower-case letters, digits and dashes) made from a label: "Day 1, morning" → "day-1-morning". */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

export const slotsOf = (programme: Programme): ProgrammeSlot[] => programme.slots.map(({ slot }) => slot);

/** Time slots: a table of the slots, each removable, and a form that adds one (times as at the venue). */
export function SlotsEditor({
  programme,
  zone,
  onChanged,
}: {
  programme: Programme;
  zone: string;
  onChanged: (programme: Programme, message: string) => void;
}) {
  const used = new Set(programme.slots.filter(({ sessions }) => sessions.length > 0).map(({ slot }) => slot.id));
  return (
    <ListEditor
      list="slots"
      prefix="slot"
      items={slotsOf(programme)}
      used={used}
      nameOf={(slot: ProgrammeSlot) => slot.label ?? slot.id}
      columns={[{ heading: t('organise.slots.when'), cell: (slot) => formatTimeRange(slot.startsAt, slot.endsAt, zone) }]}
      texts={{
        title: t('organise.slots.title'),
        name: t('organise.slots.label'),
        id: t('organise.slots.id'),
        caption: t('organise.slots.caption'),
        empty: t('organise.slots.empty'),
        inUse: t('organise.slots.inUse'),
        add: t('organise.slots.add'),
        addButton: t('organise.slots.addButton'),
        remove: (slot) => t('organise.slots.remove', { slot }),
        removed: (slot) => t('organise.slots.removed', { slot }),
        added: (slot) => t('organise.slots.added', { slot }),
      }}
      intro={<p>{t('organise.slots.intro', { zone })}</p>}
      blank={{ id: '', label: '', startsAt: '', endsAt: '' }}
      fields={[
        { field: 'slots', target: 'slot-label', label: t('organise.slots.title') },
        { field: 'id', target: 'slot-id', label: t('organise.slots.id') },
        { field: 'label', target: 'slot-label', label: t('organise.slots.label') },
        { field: 'startsAt', target: 'slot-startsAt', label: t('organise.slots.startsAt') },
        { field: 'endsAt', target: 'slot-endsAt', label: t('organise.slots.endsAt') },
      ]}
      check={(form, slots) => {
        const errors: FieldMessages = {};
        const fail = (field: string, key: MessageKey) => (errors[field] ??= []).push(t(key));
        const id = form.id.trim() || slugOf(form.label);
        if (!id) fail('id', 'organise.slots.idOrLabel');
        else if (!ID_PATTERN.test(id)) fail('id', 'organise.form.idPattern');
        else if (slots.some((s) => s.id === id)) fail('id', 'organise.form.idTaken');
        const startsAt = zonedToInstant(form.startsAt, zone);
        const endsAt = zonedToInstant(form.endsAt, zone);
        if (!startsAt) fail('startsAt', 'organise.form.isRequired');
        if (!endsAt) fail('endsAt', 'organise.form.isRequired');
        else if (startsAt && Date.parse(endsAt) <= Date.parse(startsAt)) fail('endsAt', 'organise.slots.endsAfterStart');
        const item = startsAt && endsAt ? { id, label: form.label.trim() || null, startsAt, endsAt } : null;
        return { errors, item };
      }}
      save={(slots) => organise.defineSlots(programme.symposiumId, slots)}
      onChanged={onChanged}
    >
      {(form, set, errors) => (
        <>
          <TextField id="slot-label" label={t('organise.slots.label')} hint={t('organise.slots.labelHint')} value={form.label} onChange={set('label')} maxLength={100} errors={errors.label} />
          <TextField id="slot-id" label={t('organise.slots.id')} hint={t('organise.form.idHint')} value={form.id} onChange={set('id')} maxLength={40} spellCheck={false} errors={errors.id} />
          <div className="field-row">
            <InputField id="slot-startsAt" type="datetime-local" label={t('organise.slots.startsAt')} value={form.startsAt} onChange={set('startsAt')} errors={errors.startsAt} required />
            <InputField id="slot-endsAt" type="datetime-local" label={t('organise.slots.endsAt')} value={form.endsAt} onChange={set('endsAt')} errors={errors.endsAt} required />
          </div>
        </>
      )}
    </ListEditor>
  );
}

/** Rooms: a table of the rooms, each removable, and a form that adds one. */
export function RoomsEditor({ programme, onChanged }: { programme: Programme; onChanged: (programme: Programme, message: string) => void }) {
  const used = new Set(programme.slots.flatMap(({ sessions }) => sessions.map((s) => s.roomId)));
  return (
    <ListEditor
      list="rooms"
      prefix="room"
      items={programme.rooms}
      used={used}
      nameOf={(room: ProgrammeRoom) => room.name}
      columns={[
        { heading: t('organise.rooms.kind'), cell: (room) => t(`organise.rooms.kind.${room.kind}`) },
        { heading: t('organise.rooms.capacity'), numeric: true, cell: (room) => room.capacity ?? t('organise.rooms.noLimit') },
      ]}
      texts={{
        title: t('organise.rooms.title'),
        name: t('organise.rooms.name'),
        id: t('organise.rooms.id'),
        caption: t('organise.rooms.caption'),
        empty: t('organise.rooms.empty'),
        inUse: t('organise.rooms.inUse'),
        add: t('organise.rooms.add'),
        addButton: t('organise.rooms.addButton'),
        remove: (room) => t('organise.rooms.remove', { room }),
        removed: (room) => t('organise.rooms.removed', { room }),
        added: (room) => t('organise.rooms.added', { room }),
      }}
      blank={{ id: '', name: '', kind: 'PHYSICAL', capacity: '' }}
      fields={[
        { field: 'rooms', target: 'room-name', label: t('organise.rooms.title') },
        { field: 'name', target: 'room-name', label: t('organise.rooms.name') },
        { field: 'id', target: 'room-id', label: t('organise.rooms.id') },
        { field: 'kind', target: 'room-kind', label: t('organise.rooms.kind') },
        { field: 'capacity', target: 'room-capacity', label: t('organise.rooms.capacity') },
      ]}
      check={(form, rooms) => {
        const errors: FieldMessages = {};
        const fail = (field: string, key: MessageKey) => (errors[field] ??= []).push(t(key));
        const name = form.name.trim();
        if (!name) fail('name', 'organise.form.isRequired');
        const id = form.id.trim() || slugOf(name);
        if (name && !id) fail('id', 'organise.form.isRequired');
        else if (id && !ID_PATTERN.test(id)) fail('id', 'organise.form.idPattern');
        else if (rooms.some((r) => r.id === id)) fail('id', 'organise.form.idTaken');
        if (!form.kind) fail('kind', 'organise.form.isRequired');
        const capacity = form.capacity.trim() ? wholeNumber(form.capacity) : null;
        if (form.capacity.trim() && (capacity === null || capacity < 1)) fail('capacity', 'organise.form.positiveNumber');
        const item: ProgrammeRoom = { id, name, kind: form.kind === 'VIRTUAL' ? 'VIRTUAL' : 'PHYSICAL', capacity };
        return { errors, item };
      }}
      save={(rooms) => organise.defineRooms(programme.symposiumId, rooms)}
      onChanged={onChanged}
    >
      {(form, set, errors) => (
        <>
          <TextField id="room-name" label={t('organise.rooms.name')} value={form.name} onChange={set('name')} maxLength={100} errors={errors.name} required />
          <TextField id="room-id" label={t('organise.rooms.id')} hint={t('organise.form.idHint')} value={form.id} onChange={set('id')} maxLength={40} spellCheck={false} errors={errors.id} />
          <SelectField
            id="room-kind"
            label={t('organise.rooms.kind')}
            value={form.kind}
            onChange={set('kind')}
            emptyLabel={t('organise.rooms.chooseKind')}
            options={(['PHYSICAL', 'VIRTUAL'] as const).map((kind) => ({ value: kind, label: t(`organise.rooms.kind.${kind}`) }))}
            errors={errors.kind}
            required
          />
          <InputField id="room-capacity" type="number" min={1} compact label={t('organise.rooms.capacity')} hint={t('organise.rooms.capacityHint')} value={form.capacity} onChange={set('capacity')} errors={errors.capacity} />
        </>
      )}
    </ListEditor>
  );
}

/**
 * The automatic allocation from participants' ranked preferences: preview it, then apply exactly
 * what was previewed (its fingerprint); if anything changed meanwhile the service asks for a new preview.
 */
export function AllocationPanel({ symposiumId, dialogues }: { symposiumId: string; dialogues: readonly Dialogue[] }) {
  const [preview, setPreview] = useState<AllocationPreview | null>(null);
  const [applied, setApplied] = useState<AllocationApplied | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<'preview' | 'apply' | null>(null);
  const [status, setStatus] = useState('');
  const titleOf = (id: string) => dialogues.find((d) => d.id === id)?.proposal.title ?? id;

  const load = async () => {
    setBusy('preview');
    setError(null);
    setApplied(null);
    setStatus(t('organise.allocation.previewing'));
    try {
      const { data } = await organise.previewAllocation(symposiumId);
      setPreview(data);
      setStatus(t('organise.allocation.previewed'));
    } catch (caught) {
      setStatus('');
      setError(asApiError(caught));
    } finally {
      setBusy(null);
    }
  };
  const apply = async () => {
    if (!preview) return;
    setBusy('apply');
    setError(null);
    try {
      const { data } = await organise.applyAllocation(symposiumId, preview.fingerprint);
      setApplied(data);
      setPreview(null);
      setStatus(t('organise.allocation.applied', { count: data.joined }));
    } catch (caught) {
      setStatus('');
      setPreview(null);
      setError(asApiError(caught));
    } finally {
      setBusy(null);
    }
  };

  const byDialogue = new Map<string, number>();
  preview?.assignments.forEach((a) => byDialogue.set(a.dialogueId, (byDialogue.get(a.dialogueId) ?? 0) + 1));

  return (
    <section aria-labelledby="organise-allocation-title" className="panel">
      <h2 id="organise-allocation-title">{t('organise.allocation.title')}</h2>
      <p>{t('organise.allocation.intro')}</p>
      <ProblemAlert error={error} />
      <div className="actions">
        <button type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void load()}>
          {preview ? t('organise.allocation.previewAgain') : t('organise.allocation.preview')}
        </button>
        {preview && preview.assignments.length > 0 ? (
          <button type="button" className="button" disabled={busy !== null} onClick={() => void apply()}>
            {t('organise.allocation.apply', { count: preview.assignments.length })}
          </button>
        ) : null}
      </div>
      {busy === 'apply' ? <Loading label={t('organise.allocation.applying')} /> : null}
      <StatusMessage>{status}</StatusMessage>
      {preview ? (
        <>
          <p>
            {t('organise.allocation.summary', {
              participants: preview.participants,
              something: preview.withSomething,
              first: preview.withFirstChoice,
            })}
          </p>
          {preview.assignments.length === 0 ? (
            <p className="empty">{t('organise.allocation.nothing')}</p>
          ) : (
            <div className="table-scroll" role="region" aria-labelledby="allocation-caption" tabIndex={0}>
              <table className="data-table">
                <caption id="allocation-caption">{t('organise.allocation.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('organise.allocation.dialogue')}</th>
                    <th scope="col" className="numeric">
                      {t('organise.allocation.places')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...byDialogue.entries()].map(([dialogueId, count]) => (
                    <tr key={dialogueId}>
                      <th scope="row">{titleOf(dialogueId)}</th>
                      <td className="numeric">{count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
      {applied && applied.skipped.length > 0 ? (
        <div className="table-scroll" role="region" aria-labelledby="allocation-skipped-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="allocation-skipped-caption">{t('organise.allocation.skipped', { count: applied.skipped.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organise.allocation.dialogue')}</th>
                <th scope="col">{t('organise.allocation.member')}</th>
                <th scope="col">{t('organise.allocation.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {applied.skipped.map((s) => (
                <tr key={`${s.memberId}:${s.dialogueId}`}>
                  <th scope="row">{titleOf(s.dialogueId)}</th>
                  <td>
                    <code>{s.memberId}</code>
                  </td>
                  <td>{s.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
