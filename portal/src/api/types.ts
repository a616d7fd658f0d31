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
  /**
   * The caller's own realm roles from their token (member, school, researcher, partner, organiser),
   * sorted; given on /members/me (and its PUT) only, so the portal knows which pages to offer.
   */
  roles: string[];
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

/* ---- dialogue-service: programme, proposals, joining, discussion, insights ---- */

/** The five LfPL principles, by number. */
export const PRINCIPLES = [1, 2, 3, 4, 5] as const;

export interface ProgrammeSlot {
  id: string;
  label: string | null;
  startsAt: string;
  endsAt: string;
}

export interface ProgrammeRoom {
  id: string;
  name: string;
  kind: 'PHYSICAL' | 'VIRTUAL';
  capacity: number | null;
}

export interface ProgrammeSession {
  dialogueId: string;
  title: string;
  strandId: string;
  principles: number[];
  hostIds: string[];
  capacity: number;
  roomId: string | null;
  roomName: string | null;
}

/** ProgrammeView: slots in time order, each with its sessions. */
export interface Programme {
  symposiumId: string;
  publishedAt: string | null;
  rooms: ProgrammeRoom[];
  slots: { slot: ProgrammeSlot; sessions: ProgrammeSession[] }[];
  version: number | null;
}

/** A dialogue with its place and time (the member's agenda). */
export interface ScheduledSession {
  dialogueId: string;
  symposiumId: string;
  strandId: string;
  title: string;
  hostIds: string[];
  capacity: number;
  startsAt: string;
  endsAt: string;
  roomName: string | null;
}

export const DIALOGUE_MODES = ['IN_PERSON', 'VIRTUAL', 'HYBRID'] as const;
export type DialogueMode = (typeof DIALOGUE_MODES)[number];

export const GUIDING_QUESTIONS = ['who', 'why', 'what', 'when', 'where', 'how'] as const;
export type GuidingQuestionKey = (typeof GUIDING_QUESTIONS)[number];
export type GuidingQuestions = Partial<Record<GuidingQuestionKey, string | null>>;

/** DialogueDraft: what a host writes when proposing or revising a dialogue. */
export interface DialogueDraft {
  symposiumId: string;
  title: string;
  purpose: string;
  strandId: string;
  guidingQuestions: GuidingQuestions | null;
  format: string;
  principles: number[];
  coHostIds: string[];
  capacity: number;
  language: string;
  mode: DialogueMode;
  meetingUrl: string | null;
  artefactLinks: string[];
}

export type DialogueStatus = 'PROPOSED' | 'RETURNED' | 'ACCEPTED' | 'DECLINED' | 'CANCELLED';
export const CLOSED_DIALOGUE_STATES: readonly DialogueStatus[] = ['DECLINED', 'CANCELLED'];

export interface Dialogue {
  id: string;
  symposiumId: string;
  hostId: string;
  hostName: string | null;
  status: DialogueStatus;
  curatorComment: string | null;
  proposal: DialogueDraft;
  proposedAt: string | null;
  updatedAt: string | null;
  version: number | null;
}

export interface AgendaView {
  symposiumId: string;
  joinedDialogueIds: string[];
}

export interface Contribution {
  id: string;
  dialogueId: string;
  parentId: string | null;
  authorId: string;
  authorName: string | null;
  markdown: string | null;
  /** Rendered server-side by commonmark with raw HTML escaped and URLs sanitised. */
  html: string | null;
  artefactIds: string[] | null;
  postedAt: string;
  editedAt: string | null;
  deleted: boolean;
  hidden: boolean;
}

export type InsightKind = 'INSIGHT' | 'QUESTION' | 'TENSION' | 'NEXT_STEP';

export interface Insight {
  id: string;
  dialogueId: string;
  dialogueTitle: string | null;
  strandId: string | null;
  kind: InsightKind;
  text: string;
  principles: number[];
  authorName: string | null;
  recordedAt: string;
  plenaryOutcome: boolean;
  plenaryNote: string | null;
}

/* ---- artefact-service ---- */

export interface Artefact {
  id: string;
  symposiumId: string;
  ownerId: string;
  kind: 'FILE' | 'LINK';
  category: string | null;
  details: { title: string; description: string | null } | null;
  url: string | null;
  status: string;
}

/* ---- notification-service ---- */

export interface NotificationItem {
  id: string;
  category: string;
  title: string;
  body: string | null;
  link: string | null;
  createdAt: string;
  read: boolean;
  seq: number;
}

export const NOTIFICATION_CATEGORIES = [
  'registration', 'dialogue', 'reminder', 'programme', 'discussion', 'artefact', 'summary', 'profile',
] as const;
export type NotificationChannel = 'IN_APP' | 'EMAIL';
export const EMAIL_MODES = ['INSTANT', 'DAILY', 'WEEKLY', 'OFF'] as const;
export type NotificationMode = (typeof EMAIL_MODES)[number];
export type NotificationPreferences = Record<string, Partial<Record<NotificationChannel, NotificationMode>>>;

/* ---- artefact-service: the library (Library page) ---- */

/** What the library filters by (the service's AllowedTypes.Category); LINK is the category of links. */
export const ARTEFACT_CATEGORIES = ['DOCUMENT', 'SLIDES', 'SPREADSHEET', 'IMAGE', 'AUDIO', 'VIDEO', 'TEXT', 'LINK'] as const;
export type ArtefactCategory = (typeof ARTEFACT_CATEGORIES)[number];

/** The licences ArtefactDetails accepts (SPDX-style ids). */
export const LICENCES = [
  'CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-ND-4.0', 'CC-BY-NC-ND-4.0', 'CC0-1.0',
  'ALL-RIGHTS-RESERVED',
] as const;
export type Licence = (typeof LICENCES)[number];

/** Who may find an artefact besides its owner and the organisers. */
export const VISIBILITIES = ['PARTICIPANTS', 'NETWORK', 'PUBLIC'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export type ArtefactStatus = 'AWAITING_FILE' | 'AVAILABLE' | 'WITHDRAWN' | 'TAKEN_DOWN';

/** The owner's safeguarding declaration: learners' work or images are shared only with consent. */
export interface Safeguarding {
  containsLearnersWork: boolean;
  consentObtained?: boolean | null;
  anonymised?: boolean | null;
}

export interface ArtefactDescription {
  title: string;
  description?: string | null;
  strandIds: string[];
  principles: number[];
  tags: string[];
  language: string;
  licence: string;
  visibility: Visibility;
  safeguarding: Safeguarding;
}

/** One uploaded file of an artefact; `download` is the path to fetch it. */
export interface ArtefactFileVersion {
  number: number;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  download: string;
}

/** ArtefactView: an artefact as the library shows it (owners by member id only). */
export interface LibraryArtefact {
  id: string;
  symposiumId: string;
  ownerId: string;
  kind: 'FILE' | 'LINK';
  /** Null (left out) until a file artefact's first upload. Null fields are left out of the JSON. */
  category?: string | null;
  details: ArtefactDescription;
  url?: string | null;
  status: ArtefactStatus;
  statusReason?: string | null;
  currentVersion?: ArtefactFileVersion | null;
  versions?: ArtefactFileVersion[] | null;
  dialogues?: { dialogueId: string; linkedAt: string; flag?: string | null }[] | null;
  createdAt?: string | null;
  updatedAt?: string | null;
}

/** NewArtefact: a FILE (its file uploaded next) or a LINK (available at once). */
export interface NewArtefact {
  symposiumId: string;
  kind: 'FILE' | 'LINK';
  url: string | null;
  details: ArtefactDescription;
  dialogueIds: string[];
}

/** The library's server-side search (GET /api/v1/artefacts); every part optional. */
export interface ArtefactQuery {
  symposiumId: string;
  strand?: string;
  principle?: string;
  category?: string;
  q?: string;
}

/** A private calendar feed: the path a calendar app subscribes to (the token in it is the credential). */
export interface CalendarFeed {
  url: string;
}

/* ---- organisers (registration-service, dialogue-service): symposium management, curation, programme building ---- */

/** SymposiumDraft.StrandDraft: a strand as organisers write it. */
export interface StrandDraft {
  id: string | null;
  title: string;
  description: string | null;
  cap: number | null;
}

/** SymposiumDraft: what organisers write when they create or edit a symposium (strands null: the five default ones). */
export interface SymposiumDraft {
  title: string;
  description: string | null;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  venue: Venue | null;
  capacity: number;
  registrationOpensAt: string;
  registrationClosesAt: string;
  approvalMode: 'AUTOMATIC' | 'MODERATED';
  strands: StrandDraft[] | null;
  maxStrandsPerParticipant: number | null;
  offerClaimWindowHours: number | null;
}

/** GET /symposia/{id}/registrations/counts (organisers): every state, confirmed by strand, places left. */
export interface RegistrationCounts {
  byState: Partial<Record<RegistrationState, number>>;
  confirmedByStrand: Record<string, number>;
  placesLeft: Record<string, number>;
}

/**
 * GET /api/v1/dialogues/without-proposal?symposiumId= (dialogue-service, organisers): the confirmed
 * participants (its read model of registrations) who host no dialogue that is not declined or
 * cancelled, as member ids in id order. No names: the registrations tell those.
 */
export interface WithoutProposal {
  symposiumId: string;
  count: number;
  memberIds: string[];
}

/**
 * One element of GET /api/v1/artefacts/symposia/{id}/without-artefact (artefact-service, organisers;
 * Eligibility.ConfirmedParticipant): a confirmed participant who owns no AVAILABLE artefact of the
 * symposium. No names. Null fields are left out of the JSON.
 */
export interface ParticipantWithoutArtefact {
  memberId: string;
  registrationId?: string | null;
  strandIds?: string[] | null;
}

/** ProgrammeController's slot and room bodies (PUT .../slots, PUT .../rooms) are ProgrammeSlot and ProgrammeRoom. */
export interface Placement {
  slotId: string;
  roomId: string;
}

/** SynthesisBoard: a symposium's outputs for the closing plenary. */
export interface SynthesisBoard {
  symposiumId: string;
  total: number;
  countsByStrand: Record<string, Partial<Record<InsightKind, number>>>;
  countsByPrinciple: Record<string, number>;
  plenaryOutcomes: Insight[];
  byStrand: Record<string, Insight[]>;
}

/** Allocation.Result: what the automatic allocation would do, and the fingerprint to apply exactly that. */
export interface AllocationPreview {
  assignments: { memberId: string; dialogueId: string; rank: number }[];
  participants: number;
  withFirstChoice: number;
  withSomething: number;
  fingerprint: string;
}

/** Allocations.Applied: places taken, and those skipped because a rule refused them meanwhile. */
export interface AllocationApplied {
  joined: number;
  skipped: { memberId: string; dialogueId: string; reason: string }[];
}
