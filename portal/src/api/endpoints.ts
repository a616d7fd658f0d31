import { api, ApiError } from './client';
import type {
  AgendaView,
  Artefact,
  Contribution,
  Dialogue,
  DialogueDraft,
  Figures,
  Insight,
  Member,
  MemberProfileUpdate,
  NotificationItem,
  NotificationPreferences,
  Programme,
  Registration,
  RegistrationRequest,
  ScheduledSession,
  Symposium,
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
