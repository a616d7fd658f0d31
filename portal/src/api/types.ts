/** The registration-service's JSON, as its records (MemberView, SymposiumView, ...) write it. */

export const MEMBER_CATEGORIES = [
  'STUDENT', 'TEACHER', 'COACH', 'TEACHER_EDUCATOR', 'ACADEMIC_RESEARCHER', 'SCHOOL_LEADER', 'SYSTEM_LEADER',
  'POLICY_INFLUENCER_OR_MAKER', 'FUNDER', 'OTHER',
] as const;
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];

export const ORGANISATION_TYPES = [
  'SCHOOL', 'UNIVERSITY_OR_RESEARCH_GROUP', 'PARTNER_ORGANISATION', 'POLICY_BODY', 'FUNDER', 'OTHER',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export interface Member {
  id: string;
  username: string | null;
  displayName: string | null;
  email: string | null;
  category: MemberCategory | null;
  organisation: string | null;
  organisationType: OrganisationType | null;
  country: string | null;
  bio: string | null;
  preferredLanguage: string | null;
  timeZone: string | null;
  interests: string[] | null;
  listedInDirectory: boolean;
  nameSharedWithPartners: boolean;
  updatedAt: string | null;
}

/** MemberProfileUpdate: what a member may change. Consent flags left out mean no. */
export interface MemberProfileUpdate {
  displayName: string;
  category: MemberCategory | null;
  organisation: string | null;
  organisationType: OrganisationType | null;
  country: string | null;
  bio: string | null;
  preferredLanguage: string | null;
  timeZone: string | null;
  interests: string[];
  listedInDirectory: boolean;
  nameSharedWithPartners: boolean;
}

export interface Strand {
  id: string;
  title: string;
  description: string | null;
  /** The most participants who may choose it; null for no cap of its own. */
  cap: number | null;
}

export interface Venue {
  physical: string | null;
  virtualUrl: string | null;
}

export type SymposiumStatus = 'DRAFT' | 'PUBLISHED' | 'CLOSED';

export interface Symposium {
  id: string;
  title: string;
  description: string | null;
  startsOn: string;
  endsOn: string;
  timeZone: string | null;
  venue: Venue | null;
  capacity: number;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  approvalMode: 'AUTOMATIC' | 'MODERATED' | string;
  strands: Strand[];
  maxStrandsPerParticipant: number;
  offerClaimWindowHours: number;
  status: SymposiumStatus;
  version: number | null;
}

/** Aggregate figures (FiguresController): nobody is named. */
export interface Figures {
  confirmed: number;
  waitlisted: number;
  confirmedByStrand: Record<string, number>;
  /** Seats not held (confirmed or offered): "*" for the symposium, and each capped strand by id. */
  placesLeft: Record<string, number>;
}

export const REGISTRATION_STATES = [
  'PENDING_APPROVAL', 'CONFIRMED', 'WAITLISTED', 'OFFERED', 'CANCELLED', 'REJECTED', 'EXPIRED',
] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];
export const ACTIVE_STATES: readonly RegistrationState[] = ['PENDING_APPROVAL', 'CONFIRMED', 'WAITLISTED', 'OFFERED'];

export interface Needs {
  access: string | null;
  dietary: string | null;
}

export interface Registration {
  id: string;
  symposiumId: string;
  memberId: string;
  memberName: string | null;
  strands: string[];
  state: RegistrationState;
  waitlistPosition: number | null;
  offerExpiresAt: string | null;
  submittedAt: string | null;
  needs: Needs | null;
}

export interface RegistrationRequest {
  strands: string[];
  needs: Needs | null;
}
