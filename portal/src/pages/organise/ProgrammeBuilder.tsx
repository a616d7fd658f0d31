import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { dialogues as dialogueApi, organise, programmes, symposia } from '../../api/endpoints';
import type { Dialogue, Programme, ProgrammeRoom, ProgrammeSession, ProgrammeSlot, Symposium } from '../../api/types';
import { strandTitle } from '../../components/DialogueFacts';
import { ErrorSummary, fieldSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/Fields';
import { Loading, ProblemAlert, problemReason, StatusMessage } from '../../components/Status';
import { useAction, useProblemForm, type FieldMessages } from '../../components/useProblemForm';
import { formatInstant, formatTimeRange, t } from '../../i18n/i18n';
import { useResource } from '../../session/useResource';
import { OrganiseFailure, OrganiseSymposiumPage, SymposiumNav, venueZone } from './common';
import { AllocationPanel, RoomsEditor, SlotsEditor } from './ProgrammeSetup';

export const emptyProgramme = (symposiumId: string): Programme => ({
  symposiumId,
  publishedAt: null,
  rooms: [],
  slots: [],
  version: null,
});

const overlaps = (a: ProgrammeSlot, b: ProgrammeSlot) =>
  Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);

interface Placed {
  slot: ProgrammeSlot;
  session: ProgrammeSession;
}

const placedSessions = (programme: Programme): Placed[] =>
  programme.slots.flatMap(({ slot, sessions }) => sessions.map((session) => ({ slot, session })));

export const hostsOf = (dialogue: Dialogue) => [dialogue.hostId, ...dialogue.proposal.coHostIds];

/**
 * What would go wrong if the dialogue were put in this slot and room, as the browser can tell
 * (the service refuses the same clashes): the room already taken at that time, a host who hosts
 * another dialogue at that time, a room with fewer seats than the dialogue's places.
 */
export function placementWarnings(programme: Programme, dialogue: Dialogue, slotId: string, roomId: string): string[] {
  const slot = programme.slots.find(({ slot: s }) => s.id === slotId)?.slot;
  const room = programme.rooms.find((r) => r.id === roomId);
  if (!slot || !room) return [];
  const warnings: string[] = [];
  const hosts = new Set(hostsOf(dialogue));
  for (const other of placedSessions(programme)) {
    if (other.session.dialogueId === dialogue.id || !overlaps(slot, other.slot)) continue;
    if (other.session.roomId === roomId) {
      warnings.push(t('organise.programme.warn.roomTaken', { room: room.name, title: other.session.title }));
    }
    if (other.session.hostIds.some((host) => hosts.has(host))) {
      warnings.push(t('organise.programme.warn.hostClash', { title: other.session.title }));
    }
  }
  if (room.capacity != null && room.capacity < dialogue.proposal.capacity) {
    warnings.push(t('organise.programme.warn.roomTooSmall', { room: room.name, seats: room.capacity, places: dialogue.proposal.capacity }));
  }
  return warnings;
}

/** Clashes already in the programme: one host in two places, or one room twice, at overlapping times. */
export function programmeClashes(programme: Programme): string[] {
  const placed = placedSessions(programme);
  const clashes: string[] = [];
  placed.forEach((a, i) => {
    for (const b of placed.slice(i + 1)) {
      if (!overlaps(a.slot, b.slot)) continue;
      if (a.session.roomId === b.session.roomId) {
        clashes.push(t('organise.programme.clash.room', { first: a.session.title, second: b.session.title }));
      }
      if (a.session.hostIds.some((host) => b.session.hostIds.includes(host))) {
        clashes.push(t('organise.programme.clash.host', { first: a.session.title, second: b.session.title }));
      }
    }
  });
  return clashes;
}

const slotName = (slot: ProgrammeSlot, zone: string) =>
  slot.label
    ? t('organise.programme.slotName', { label: slot.label, time: formatTimeRange(slot.startsAt, slot.endsAt, zone) })
    : formatTimeRange(slot.startsAt, slot.endsAt, zone);

interface Choice {
  dialogueId: string;
  slotId: string;
  roomId: string;
}

function Grid({
  programme,
  symposium,
  zone,
  hostName,
  onPlaceHere,
  onMove,
}: {
  programme: Programme;
  symposium: Symposium;
  zone: string;
  hostName: (dialogueId: string) => string | null;
  onPlaceHere: (slot: ProgrammeSlot, room: ProgrammeRoom) => void;
  onMove: (session: ProgrammeSession) => void;
}) {
  if (programme.slots.length === 0 || programme.rooms.length === 0) {
    return <p className="empty">{t('organise.programme.gridEmpty')}</p>;
  }
  return (
    <div className="table-scroll" role="region" aria-labelledby="grid-caption" tabIndex={0}>
      <table className="data-table grid">
        <caption id="grid-caption">{t('organise.programme.gridCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organise.programme.slot')}</th>
            {programme.rooms.map((room) => (
              <th scope="col" key={room.id}>
                {room.name}
                <span className="cell-note">
                  {room.capacity != null
                    ? t('organise.programme.roomFacts', { kind: t(`organise.rooms.kind.${room.kind}`), seats: t('organise.programme.seats', { count: room.capacity }) })
                    : t(`organise.rooms.kind.${room.kind}`)}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {programme.slots.map(({ slot, sessions }) => (
            <tr key={slot.id}>
              <th scope="row">
                {slot.label ?? slot.id}
                <span className="cell-note">{formatTimeRange(slot.startsAt, slot.endsAt, zone)}</span>
              </th>
              {programme.rooms.map((room) => {
                const session = sessions.find((s) => s.roomId === room.id);
                return (
                  <td key={room.id} className={session ? 'grid__cell grid__cell--taken' : 'grid__cell'}>
                    {session ? (
                      <>
                        <Link to={`/dialogues/${encodeURIComponent(session.dialogueId)}`}>{session.title}</Link>
                        <span className="cell-note">{strandTitle(symposium.strands, session.strandId)}</span>
                        {hostName(session.dialogueId) ? (
                          <span className="cell-note">{t('organise.programme.hostedBy', { name: hostName(session.dialogueId)! })}</span>
                        ) : null}
                        <button type="button" className="button button--secondary button--small" onClick={() => onMove(session)}>
                          {t('organise.programme.move', { title: session.title })}
                        </button>
                      </>
                    ) : (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={t('organise.programme.placeHereLabel', { room: room.name, slot: slotName(slot, zone) })}
                        onClick={() => onPlaceHere(slot, room)}
                      >
                        {t('organise.programme.placeHere')}
                      </button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Pick a dialogue, a time slot and a room; warnings show what would clash before anything is sent. */
function PlaceForm({
  programme,
  accepted,
  zone,
  choice,
  setChoice,
  onPlaced,
}: {
  programme: Programme;
  accepted: readonly Dialogue[];
  zone: string;
  choice: Choice;
  setChoice: (choice: Choice) => void;
  onPlaced: (programme: Programme, message: string) => void;
}) {
  const { fieldErrors: errors, attempt, error, busy, begin, send } = useProblemForm();
  const placedIn = new Map(placedSessions(programme).map((p) => [p.session.dialogueId, p]));
  const dialogue = accepted.find((d) => d.id === choice.dialogueId);
  const warnings = dialogue ? placementWarnings(programme, dialogue, choice.slotId, choice.roomId) : [];
  const labels = useMemo(
    () => ({ dialogueId: t('organise.programme.dialogue'), slotId: t('organise.programme.slot'), roomId: t('organise.programme.room') }),
    [],
  );
  const summary = useMemo(
    () => fieldSummary(errors, (['dialogueId', 'slotId', 'roomId'] as const).map((field) => ({ field, target: `place-${field}`, label: labels[field] }))),
    [errors, labels],
  );
  const set = (name: keyof Choice) => (value: string) => setChoice({ ...choice, [name]: value });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldMessages = {};
    if (!choice.dialogueId) found.dialogueId = [t('organise.form.isRequired')];
    if (!choice.slotId) found.slotId = [t('organise.form.isRequired')];
    if (!choice.roomId) found.roomId = [t('organise.form.isRequired')];
    if (!begin(found) || !dialogue) return;
    await send(async () => {
      const { data } = await organise.schedule(programme.symposiumId, dialogue.id, { slotId: choice.slotId, roomId: choice.roomId });
      const slot = programme.slots.find(({ slot: s }) => s.id === choice.slotId)?.slot;
      const room = programme.rooms.find((r) => r.id === choice.roomId);
      onPlaced(
        data,
        t('organise.programme.placed', { title: dialogue.proposal.title, room: room?.name ?? choice.roomId, slot: slot ? slotName(slot, zone) : choice.slotId }),
      );
    });
  };

  return (
    <section aria-labelledby="organise-place-title" className="panel">
      <h2 id="organise-place-title">{t('organise.programme.placeTitle')}</h2>
      {accepted.length === 0 ? (
        <p className="empty">{t('organise.programme.noAccepted')}</p>
      ) : (
        <form className="form" noValidate onSubmit={onSubmit}>
          <ErrorSummary id="place-errors" items={summary} attempt={attempt} />
          <ProblemAlert error={error} text={(failure) => t('organise.programme.refused', { reason: problemReason(failure) })} />
          <SelectField
            id="place-dialogueId"
            label={labels.dialogueId}
            value={choice.dialogueId}
            onChange={set('dialogueId')}
            emptyLabel={t('organise.programme.chooseDialogue')}
            options={accepted.map((d) => {
              const where = placedIn.get(d.id);
              return {
                value: d.id,
                label: where
                  ? t('organise.programme.dialoguePlaced', { title: d.proposal.title, slot: where.slot.label ?? where.slot.id, room: where.session.roomName ?? where.session.roomId ?? '' })
                  : t('organise.programme.dialogueUnplaced', { title: d.proposal.title }),
              };
            })}
            errors={errors.dialogueId}
            required
          />
          <SelectField
            id="place-slotId"
            label={labels.slotId}
            value={choice.slotId}
            onChange={set('slotId')}
            emptyLabel={t('organise.programme.chooseSlot')}
            options={programme.slots.map(({ slot }) => ({ value: slot.id, label: slotName(slot, zone) }))}
            errors={errors.slotId}
            required
          />
          <SelectField
            id="place-roomId"
            label={labels.roomId}
            value={choice.roomId}
            onChange={set('roomId')}
            emptyLabel={t('organise.programme.chooseRoom')}
            options={programme.rooms.map((room) => ({ value: room.id, label: room.name }))}
            errors={errors.roomId}
            required
          />
          <div role="status" className={warnings.length ? 'warnings warnings--shown' : 'warnings'} id="place-warnings">
            {warnings.length > 0 ? (
              <>
                <p className="warnings__title">{t('organise.programme.warnings', { count: warnings.length })}</p>
                <ul>
                  {warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
          <div className="actions">
            <button type="submit" className="button" disabled={busy} aria-describedby={warnings.length ? 'place-warnings' : undefined}>
              {placedIn.has(choice.dialogueId) ? t('organise.programme.moveButton') : t('organise.programme.placeButton')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function Publish({ programme, onPublished }: { programme: Programme; onPublished: (programme: Programme, message: string) => void }) {
  const { busy, error, run } = useAction();
  const count = placedSessions(programme).length;
  const publish = () =>
    run(async () => {
      const { data } = await organise.publishProgramme(programme.symposiumId);
      onPublished(data, t('organise.programme.publishedNow'));
    });
  return (
    <section aria-labelledby="organise-publish-title" className="panel">
      <h2 id="organise-publish-title">{t('organise.programme.publishTitle')}</h2>
      <p>
        {programme.publishedAt
          ? t('organise.programme.publishedAt', { when: formatInstant(programme.publishedAt) })
          : t('organise.programme.notPublished')}{' '}
        {t('organise.programme.sessionCount', { count })}
      </p>
      <ProblemAlert error={error} />
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => void publish()}>
          {programme.publishedAt ? t('organise.programme.publishAgain') : t('organise.programme.publish')}
        </button>
      </div>
    </section>
  );
}

interface BuilderData {
  symposium: Symposium;
  programme: Programme;
  accepted: Dialogue[];
}

function BuilderBody({ id }: { id: string }) {
  const { resource, reload, setResource } = useResource<BuilderData>(
    async (signal) => {
      const [symposium, programme, list] = await Promise.all([
        symposia.get(id, signal).then((r) => r.data),
        programmes.get(id, signal),
        dialogueApi.list(id, signal).then((r) => r.data ?? []),
      ]);
      return { symposium, programme: programme ?? emptyProgramme(id), accepted: list.filter((d) => d.status === 'ACCEPTED') };
    },
    [id],
  );
  const [status, setStatus] = useState('');
  const [choice, setChoice] = useState<Choice>({ dialogueId: '', slotId: '', roomId: '' });

  if (resource.state === 'loading') return <Loading label={t('organise.programme.loading')} />;
  if (resource.state === 'failed') return <OrganiseFailure error={resource.error} onRetry={reload} />;
  const { symposium, programme, accepted } = resource.data;
  const zone = venueZone(symposium);
  const changed = (updated: Programme, message: string) => {
    setResource({ state: 'loaded', data: { ...resource.data, programme: updated } });
    setStatus(message);
  };
  const placed = new Set(placedSessions(programme).map((p) => p.session.dialogueId));
  const unplaced = accepted.filter((d) => !placed.has(d.id));
  const clashes = programmeClashes(programme);
  const hostName = (dialogueId: string) => accepted.find((d) => d.id === dialogueId)?.hostName ?? null;
  const focus = (id: string) => document.getElementById(id)?.focus();

  return (
    <>
      <SymposiumNav symposium={symposium} />
      <p className="lead">{symposium.title}</p>
      <p>{t('organise.programme.zone', { zone })}</p>
      <StatusMessage>{status}</StatusMessage>
      <Publish programme={programme} onPublished={changed} />
      <section aria-labelledby="organise-grid-title" className="panel">
        <h2 id="organise-grid-title">{t('organise.programme.gridTitle')}</h2>
        <Grid
          programme={programme}
          symposium={symposium}
          zone={zone}
          hostName={hostName}
          onPlaceHere={(slot, room) => {
            setChoice({ ...choice, slotId: slot.id, roomId: room.id });
            focus('place-dialogueId');
          }}
          onMove={(session) => {
            setChoice({ ...choice, dialogueId: session.dialogueId });
            focus('place-slotId');
          }}
        />
        <h3>{t('organise.programme.clashesTitle')}</h3>
        {clashes.length === 0 ? (
          <p>{t('organise.programme.noClashes')}</p>
        ) : (
          <ul className="warnings warnings--shown">
            {clashes.map((clash) => (
              <li key={clash}>{clash}</li>
            ))}
          </ul>
        )}
        <h3>{t('organise.programme.unplacedTitle', { count: unplaced.length })}</h3>
        {unplaced.length === 0 ? (
          <p className="empty">{accepted.length === 0 ? t('organise.programme.noAccepted') : t('organise.programme.allPlaced')}</p>
        ) : (
          <ul>
            {unplaced.map((d) => (
              <li key={d.id}>
                {d.proposal.title} <span className="muted">({strandTitle(symposium.strands, d.proposal.strandId)})</span>{' '}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    setChoice({ ...choice, dialogueId: d.id });
                    focus('place-slotId');
                  }}
                >
                  {t('organise.programme.choose', { title: d.proposal.title })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <PlaceForm programme={programme} accepted={accepted} zone={zone} choice={choice} setChoice={setChoice} onPlaced={changed} />
      <SlotsEditor programme={programme} zone={zone} onChanged={changed} />
      <RoomsEditor programme={programme} onChanged={changed} />
      <AllocationPanel symposiumId={symposium.id} dialogues={accepted} />
    </>
  );
}

/** /organise/symposia/:id/programme: slots × rooms, placing accepted dialogues, publishing, allocation. */
export function OrganiseProgramme() {
  return <OrganiseSymposiumPage title={t('organise.programme.title')} body={BuilderBody} />;
}
