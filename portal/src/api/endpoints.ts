import { api, ApiError } from './client';
import type { Figures, Member, MemberProfileUpdate, Registration, RegistrationRequest, Symposium } from './types';

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
