import type { Member } from '../api/types';
import { useSession } from './Session';

/** Whether the member's token carries the realm role (GET /api/v1/members/me gives the caller's roles). */
export const hasRole = (member: Member | null | undefined, role: string): boolean =>
  // A profile from a service that does not send roles yet counts as having none.
  member?.roles?.includes(role) ?? false;

/**
 * Whether the signed-in member is an organiser, for showing the "Organise" entry and the organiser
 * pages: `session.member.roles` includes "organiser". The services check the role on every call
 * regardless (a 403 still shows "organisers only").
 */
export function useIsOrganiser(): boolean {
  const { session } = useSession();
  return session.status === 'signedIn' && hasRole(session.member, 'organiser');
}
