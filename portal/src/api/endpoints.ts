import { api, ApiError, uploadFile, type UploadProgress } from './client';
import type {
  AgendaView,
  AllocationApplied,
  AllocationPreview,
  Artefact,
  ArtefactQuery,
  CalendarFeed,
  Contribution,
  Dialogue,
  DialogueDraft,
  Figures,
  Insight,
  LibraryArtefact,
  Member,
  MemberProfileUpdate,
  NewArtefact,
  NotificationItem,
  NotificationPreferences,
  ParticipantWithoutArtefact,
  Placement,
  Programme,
  ProgrammeRoom,
  ProgrammeSlot,
  Registration,
  RegistrationCounts,
  RegistrationRequest,
  RegistrationState,
  ScheduledSession,
  Symposium,
  SymposiumDraft,
  SynthesisBoard,
  WithoutProposal,
} from './types';

const enc = encodeURIComponent;

export const members = {
  me: (signal?: AbortSignal) => api.get<Member>('/api/v1/members/me', signal),
  updateMe: (profile: MemberProfileUpdate, etag: string | null) => api.put<Member>('/api/v1/members/me', profile, etag),
  exportPath: '/api/v1/members/me/export',
  eraseMe: () => api.delete('/api/v1/members/me'),
};

export const symposia = {
  list: (signal?: AbortSignal) => api.get<Symposium[]>('/api/v1/symposia', signal),
  get: (id: string, signal?: AbortSignal) => api.get<Symposium>(`/api/v1/symposia/${enc(id)}`, signal),
  figures: (id: string, signal?: AbortSignal) => api.get<Figures>(`/api/v1/symposia/${enc(id)}/figures`, signal),
};

export const registrations = {
  register: (symposiumId: string, body: RegistrationRequest) =>
    api.post<Registration>(`/api/v1/symposia/${enc(symposiumId)}/registrations`, body),
  /** The caller's registration, or null when they have none (404). */
  mine: async (symposiumId: string, signal?: AbortSignal): Promise<Registration | null> => {
    try {
      return (await api.get<Registration>(`/api/v1/symposia/${enc(symposiumId)}/registrations/mine`, signal)).data;
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  },
  changeStrands: (id: string, strands: string[]) =>
    api.put<Registration>(`/api/v1/registrations/${enc(id)}/strands`, { strands }),
  accept: (id: string) => api.post<Registration>(`/api/v1/registrations/${enc(id)}/accept`),
  cancel: (id: string) => api.post<Registration>(`/api/v1/registrations/${enc(id)}/cancel`),
};

/**
 * The symposium the portal features: the published one that has not ended yet and starts first,
 * otherwise the most recent published one. Closed and draft symposia are never "current".
 */
export function currentSymposium(list: readonly Symposium[], today: string = new Date().toISOString().slice(0, 10)) {
  const published = list.filter((s) => s.status === 'PUBLISHED');
  const upcoming = published.filter((s) => s.endsOn >= today).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  return upcoming[0] ?? [...published].sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0] ?? null;
}

/** A 404 read as "there is none (for you)": null instead of an error. */
async function orNull<T>(call: Promise<{ data: T }>): Promise<T | null> {
  try {
    return (await call).data;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const programmes = {
  /** The published programme, or null while it is not published (404). */
  get: (symposiumId: string, signal?: AbortSignal) =>
    orNull(api.get<Programme>(`/api/v1/programmes/${enc(symposiumId)}`, signal)),
  agenda: (symposiumId: string, signal?: AbortSignal) =>
    api.get<ScheduledSession[]>(`/api/v1/programmes/${enc(symposiumId)}/agenda`, signal),
};

export const dialogues = {
  get: (id: string, signal?: AbortSignal) => api.get<Dialogue>(`/api/v1/dialogues/${enc(id)}`, signal),
  /** The dialogues of a symposium the caller may see (their own in any state, others once accepted). */
  list: (symposiumId: string, signal?: AbortSignal) =>
    api.get<Dialogue[]>(`/api/v1/dialogues?symposiumId=${enc(symposiumId)}`, signal),
  propose: (draft: DialogueDraft) => api.post<Dialogue>('/api/v1/dialogues', draft),
  revise: (id: string, draft: DialogueDraft, etag: string | null) =>
    api.put<Dialogue>(`/api/v1/dialogues/${enc(id)}`, draft, etag),
  join: (id: string) => api.post<AgendaView>(`/api/v1/dialogues/${enc(id)}/join`),
  leave: (id: string) => api.post<AgendaView>(`/api/v1/dialogues/${enc(id)}/leave`),
  /** Who joined: hosts and organisers only (others get 403). */
  participants: (id: string, signal?: AbortSignal) =>
    api.get<string[]>(`/api/v1/dialogues/${enc(id)}/participants`, signal),
  /** The discussion, or null when the caller is not in the dialogue (404). */
  contributions: (id: string, signal?: AbortSignal) =>
    orNull(api.get<Contribution[]>(`/api/v1/dialogues/${enc(id)}/contributions?size=500`, signal)),
  contribute: (id: string, markdown: string) =>
    api.post<Contribution>(`/api/v1/dialogues/${enc(id)}/contributions`, { markdown }),
  /** The dialogue's insights, or null when the caller is not in the dialogue (404). */
  insights: (id: string, signal?: AbortSignal) =>
    orNull(api.get<Insight[]>(`/api/v1/dialogues/${enc(id)}/insights`, signal)),
};

/** The ETag the dialogue-service gives a version (VersionTags), for If-Match. */
export const versionTag = (version: number | null) => `"${version ?? 0}"`;

export const artefacts = {
  ofDialogue: (dialogueId: string, signal?: AbortSignal) =>
    api.get<Artefact[]>(`/api/v1/artefacts?dialogueId=${enc(dialogueId)}&status=AVAILABLE`, signal),
  filePath: (id: string) => `/api/v1/artefacts/${enc(id)}/file`,
};

export const notifications = {
  list: (signal?: AbortSignal) => api.get<NotificationItem[]>('/api/v1/notifications?size=50', signal),
  unreadCount: (signal?: AbortSignal) => api.get<{ unread: number }>('/api/v1/notifications/unread-count', signal),
  markRead: (id: string) => api.post<void>(`/api/v1/notifications/${enc(id)}/read`),
  markAllRead: () => api.post<{ marked: number }>('/api/v1/notifications/read-all'),
  preferences: (signal?: AbortSignal) => api.get<NotificationPreferences>('/api/v1/notifications/preferences', signal),
  changePreferences: (changes: NotificationPreferences) =>
    api.put<NotificationPreferences>('/api/v1/notifications/preferences', changes),
  /** Server-Sent Events of new notifications (event name "notification", id = seq). */
  streamPath: '/api/v1/notifications/stream',
};

/* ---- the artefact library (Library page) and the member's agenda (Agenda page) ---- */

/** The query string of a library search, in a fixed order; empty parts are left out. */
export function libraryQueryString(query: ArtefactQuery & { owner?: string; size?: number }): string {
  const parts: [string, string | number | undefined][] = [
    ['symposiumId', query.symposiumId],
    ['strand', query.strand],
    ['principle', query.principle],
    ['category', query.category],
    ['owner', query.owner],
    ['q', query.q?.trim()],
    ['size', query.size],
  ];
  return parts
    .filter((part): part is [string, string | number] => part[1] !== undefined && part[1] !== '')
    .map(([name, value]) => `${name}=${enc(String(value))}`)
    .join('&');
}

/** The most a library page holds (the service allows 1 to 200). */
export const LIBRARY_PAGE_SIZE = 200;

export const library = {
  /** AVAILABLE artefacts the caller may see (PARTICIPANTS ones only for the symposium's confirmed participants). */
  search: (query: ArtefactQuery, signal?: AbortSignal) =>
    api.get<LibraryArtefact[]>(`/api/v1/artefacts?${libraryQueryString({ ...query, size: LIBRARY_PAGE_SIZE })}`, signal),
  /** The caller's own artefacts of the symposium, in every state (awaiting a file, withdrawn, taken down). */
  mine: (symposiumId: string, signal?: AbortSignal) =>
    api.get<LibraryArtefact[]>(
      `/api/v1/artefacts?${libraryQueryString({ symposiumId, owner: 'me', size: LIBRARY_PAGE_SIZE })}`,
      signal,
    ),
  describe: (artefact: NewArtefact) => api.post<LibraryArtefact>('/api/v1/artefacts', artefact),
  withdraw: (id: string) => api.post<LibraryArtefact>(`/api/v1/artefacts/${enc(id)}/withdraw`),
  /** Uploads a file as the artefact's next version (the first makes it available). */
  upload: (id: string, file: File, onProgress: (progress: UploadProgress) => void, signal?: AbortSignal) =>
    uploadFile<LibraryArtefact>(`/api/v1/artefacts/${enc(id)}/versions?fileName=${enc(file.name)}`, file, onProgress, signal),
  /** A PNG thumbnail (at most 480 px) of an image or a PDF's first page. */
  previewPath: (id: string) => `/api/v1/artefacts/${enc(id)}/preview`,
  /** The current file, as a download or (images and PDFs only) shown in the browser, sandboxed. */
  filePath: (id: string, inline = false) => `/api/v1/artefacts/${enc(id)}/file${inline ? '?disposition=inline' : ''}`,
};

export const agenda = {
  /** The dialogues the caller joined and hosts in the symposium's programme, in time order. */
  mine: (symposiumId: string, signal?: AbortSignal) => programmes.agenda(symposiumId, signal),
  /** The agenda as an iCalendar file (signed-in download). */
  icsPath: (symposiumId: string) => `/api/v1/programmes/${enc(symposiumId)}/agenda.ics`,
  /** A new private subscription URL; any earlier one stops working. */
  newFeed: (symposiumId: string) => api.post<CalendarFeed>(`/api/v1/programmes/${enc(symposiumId)}/agenda/feed`),
  /** Stops the private subscription URL (nothing happens when there is none). */
  revokeFeed: (symposiumId: string) => api.delete(`/api/v1/programmes/${enc(symposiumId)}/agenda/feed`),
};

/* ---- organisers: symposium management, registrations, curation, programme building, synthesis ---- */

/** Every page of a paged list (the services cap the page size): pages are read until one comes back short. */
async function allPages<T>(pathOf: (page: number) => string, size: number, signal?: AbortSignal): Promise<T[]> {
  const all: T[] = [];
  for (let page = 0; page < 100; page++) {
    const items = (await api.get<T[]>(pathOf(page), signal)).data ?? [];
    all.push(...items);
    if (items.length < size) break;
  }
  return all;
}

export interface RegistrationFilters {
  state?: RegistrationState | '';
  strand?: string;
}

export type CurationDecision = 'accept' | 'return' | 'decline';

export const organise = {
  createSymposium: (draft: SymposiumDraft) => api.post<Symposium>('/api/v1/symposia', draft),
  editSymposium: (id: string, draft: SymposiumDraft, version: number | null) =>
    api.put<Symposium>(`/api/v1/symposia/${enc(id)}`, draft, versionTag(version)),
  changeCapacity: (id: string, capacity: number) =>
    api.put<Symposium>(`/api/v1/symposia/${enc(id)}/capacity`, { capacity }),
  publishSymposium: (id: string) => api.post<Symposium>(`/api/v1/symposia/${enc(id)}/publish`),
  closeSymposium: (id: string) => api.post<Symposium>(`/api/v1/symposia/${enc(id)}/close`),

  /** A symposium's registrations, oldest first, filtered by the service (every page of 500). */
  registrations: (symposiumId: string, filters: RegistrationFilters = {}, signal?: AbortSignal) =>
    allPages<Registration>((page) => {
      const query = new URLSearchParams();
      if (filters.state) query.set('state', filters.state);
      if (filters.strand) query.set('strand', filters.strand);
      query.set('page', String(page));
      query.set('size', '500');
      return `/api/v1/symposia/${enc(symposiumId)}/registrations?${query.toString()}`;
    }, 500, signal),
  counts: (symposiumId: string, signal?: AbortSignal) =>
    api.get<RegistrationCounts>(`/api/v1/symposia/${enc(symposiumId)}/registrations/counts`, signal),
  /** The CSV of every registration (a plain download link: the session cookie goes along). */
  exportPath: (symposiumId: string) => `/api/v1/symposia/${enc(symposiumId)}/registrations/export`,
  approve: (registrationId: string) => api.post<Registration>(`/api/v1/registrations/${enc(registrationId)}/approve`),
  reject: (registrationId: string) => api.post<Registration>(`/api/v1/registrations/${enc(registrationId)}/reject`),

  /** Accept, return (a comment is required) or decline a proposal. */
  curate: (dialogueId: string, decision: CurationDecision, comment: string | null) =>
    api.post<Dialogue>(`/api/v1/dialogues/${enc(dialogueId)}/${decision}`, { comment }),

  defineSlots: (symposiumId: string, slots: ProgrammeSlot[]) =>
    api.put<Programme>(`/api/v1/programmes/${enc(symposiumId)}/slots`, slots),
  defineRooms: (symposiumId: string, rooms: ProgrammeRoom[]) =>
    api.put<Programme>(`/api/v1/programmes/${enc(symposiumId)}/rooms`, rooms),
  schedule: (symposiumId: string, dialogueId: string, placement: Placement) =>
    api.put<Programme>(`/api/v1/programmes/${enc(symposiumId)}/sessions/${enc(dialogueId)}`, placement),
  publishProgramme: (symposiumId: string) => api.post<Programme>(`/api/v1/programmes/${enc(symposiumId)}/publish`),
  previewAllocation: (symposiumId: string) =>
    api.get<AllocationPreview>(`/api/v1/programmes/${enc(symposiumId)}/allocation`),
  applyAllocation: (symposiumId: string, fingerprint: string) =>
    api.post<AllocationApplied>(`/api/v1/programmes/${enc(symposiumId)}/allocation`, { fingerprint }),

  synthesis: (symposiumId: string, signal?: AbortSignal) =>
    api.get<SynthesisBoard>(`/api/v1/programmes/${enc(symposiumId)}/synthesis`, signal),
  markForPlenary: (dialogueId: string, insightId: string, outcome: boolean, note: string | null) =>
    api.put<Insight>(`/api/v1/dialogues/${enc(dialogueId)}/insights/${enc(insightId)}/plenary`, { outcome, note }),
  proceedingsHtmlPath: (symposiumId: string) => `/api/v1/programmes/${enc(symposiumId)}/proceedings.html`,
  proceedingsPdfPath: (symposiumId: string) => `/api/v1/programmes/${enc(symposiumId)}/proceedings.pdf`,

  /** Confirmed participants who host no open dialogue yet, by member id (dialogue-service). */
  withoutProposal: (symposiumId: string, signal?: AbortSignal) =>
    api.get<WithoutProposal>(`/api/v1/dialogues/without-proposal?symposiumId=${enc(symposiumId)}`, signal),
  /** Confirmed participants who have not brought an available artefact yet (artefact-service). */
  withoutArtefact: (symposiumId: string, signal?: AbortSignal) =>
    api.get<ParticipantWithoutArtefact[]>(`/api/v1/artefacts/symposia/${enc(symposiumId)}/without-artefact`, signal),
};
