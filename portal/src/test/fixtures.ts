import type { Dialogue, LibraryArtefact, Member, Programme, Registration, ScheduledSession, Symposium } from '../api/types';

export const symposium: Symposium = {
  id: 'sym-2026',
  title: 'LfPL International Symposium 2026',
  description: 'Two days of disciplined dialogue about leadership for learning.',
  startsOn: '2026-06-18',
  endsOn: '2026-06-19',
  timeZone: 'Europe/London',
  venue: { physical: 'Faculty of Education, Cambridge', virtualUrl: 'https://meet.example.org/lfpl' },
  capacity: 100,
  registrationOpensAt: '2020-01-01T00:00:00Z',
  registrationClosesAt: '2099-06-01T00:00:00Z',
  approvalMode: 'AUTOMATIC',
  strands: [
    { id: 'strand-1', title: 'Focusing on, and conditions for, professional learning', description: 'What professional learning is about.', cap: 25 },
    { id: 'strand-2', title: 'Dialogue, professional learning and leadership', description: 'Disciplined dialogue.', cap: null },
    { id: 'strand-3', title: 'Shared leadership and mutual accountability for professional learning', description: null, cap: null },
  ],
  maxStrandsPerParticipant: 2,
  offerClaimWindowHours: 48,
  status: 'PUBLISHED',
  version: 3,
};

export const member: Member = {
  id: 'm-1',
  username: 'teacher',
  displayName: 'Tom Teacher',
  email: 'teacher@example.org',
  category: 'TEACHER',
  organisation: 'Hillside School',
  organisationType: 'SCHOOL',
  country: 'GB',
  bio: null,
  preferredLanguage: 'en',
  timeZone: 'Europe/London',
  interests: ['coaching', 'student voice'],
  listedInDirectory: true,
  nameSharedWithPartners: false,
  updatedAt: '2026-01-01T10:00:00Z',
  roles: ['member', 'school'],
};

export const registration: Registration = {
  id: 'reg-1',
  symposiumId: 'sym-2026',
  memberId: 'm-1',
  memberName: 'Tom Teacher',
  strands: ['strand-1'],
  state: 'WAITLISTED',
  waitlistPosition: 3,
  offerExpiresAt: null,
  submittedAt: '2026-02-01T09:00:00Z',
  needs: null,
};

export const programme: Programme = {
  symposiumId: 'sym-2026',
  publishedAt: '2026-05-01T09:00:00Z',
  rooms: [
    { id: 'hall-b', name: 'Hall B', kind: 'PHYSICAL', capacity: 20 },
    { id: 'zoom-1', name: 'Virtual room 1', kind: 'VIRTUAL', capacity: null },
  ],
  slots: [
    {
      slot: { id: 'day1-am', label: 'Day 1, morning', startsAt: '2026-06-18T08:00:00Z', endsAt: '2026-06-18T09:30:00Z' },
      sessions: [
        { dialogueId: 'd-1', title: 'Learning walks that change what leaders notice', strandId: 'strand-1', principles: [1, 3], hostIds: ['m-2'], capacity: 12, roomId: 'hall-b', roomName: 'Hall B' },
        { dialogueId: 'd-2', title: 'Student voice in school leadership', strandId: 'strand-2', principles: [4], hostIds: ['m-3'], capacity: 10, roomId: 'zoom-1', roomName: 'Virtual room 1' },
      ],
    },
    {
      slot: { id: 'day1-pm', label: 'Day 1, afternoon', startsAt: '2026-06-18T13:00:00Z', endsAt: '2026-06-18T14:30:00Z' },
      sessions: [
        { dialogueId: 'd-3', title: 'Accountability that teachers own', strandId: 'strand-1', principles: [5, 4], hostIds: ['m-4'], capacity: 15, roomId: 'hall-b', roomName: 'Hall B' },
      ],
    },
  ],
  version: 4,
};

export const dialogue: Dialogue = {
  id: 'd-1',
  symposiumId: 'sym-2026',
  hostId: 'm-2',
  hostName: 'Hana Host',
  status: 'ACCEPTED',
  curatorComment: null,
  proposal: {
    symposiumId: 'sym-2026',
    title: 'Learning walks that change what leaders notice',
    purpose: 'To test whether learning walks shift attention from teaching to learning.',
    strandId: 'strand-1',
    guidingQuestions: { who: 'School leaders and the students they walk with.', why: null },
    format: 'learning walk',
    principles: [1, 3],
    coHostIds: [],
    capacity: 12,
    language: 'en',
    mode: 'HYBRID',
    meetingUrl: 'https://meet.example.org/walks',
    artefactLinks: [],
  },
  proposedAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-02T10:00:00Z',
  version: 2,
};

/* ---- the artefact library and the member's agenda ---- */

export const sharedPdf: LibraryArtefact = {
  id: 'a-1',
  symposiumId: 'sym-2026',
  ownerId: 'm-2',
  kind: 'FILE',
  category: 'DOCUMENT',
  details: {
    title: 'Learning walk protocol',
    description: 'The protocol our leaders use on learning walks.',
    strandIds: ['strand-1'],
    principles: [1, 3],
    tags: ['learning walks', 'protocol'],
    language: 'en',
    licence: 'CC-BY-4.0',
    visibility: 'PARTICIPANTS',
    safeguarding: { containsLearnersWork: false },
  },
  status: 'AVAILABLE',
  currentVersion: {
    number: 2, fileName: 'walk-protocol-v2.pdf', mediaType: 'application/pdf', size: 245_000, sha256: 'b'.repeat(64),
    uploadedAt: '2026-05-02T10:00:00Z', download: '/api/v1/artefacts/a-1/versions/2/file',
  },
  versions: [
    {
      number: 1, fileName: 'walk-protocol.pdf', mediaType: 'application/pdf', size: 240_000, sha256: 'a'.repeat(64),
      uploadedAt: '2026-05-01T10:00:00Z', download: '/api/v1/artefacts/a-1/versions/1/file',
    },
    {
      number: 2, fileName: 'walk-protocol-v2.pdf', mediaType: 'application/pdf', size: 245_000, sha256: 'b'.repeat(64),
      uploadedAt: '2026-05-02T10:00:00Z', download: '/api/v1/artefacts/a-1/versions/2/file',
    },
  ],
  dialogues: [],
  createdAt: '2026-05-01T10:00:00Z',
  updatedAt: '2026-05-02T10:00:00Z',
};

export const publicLink: LibraryArtefact = {
  id: 'a-2',
  symposiumId: 'sym-2026',
  ownerId: 'm-3',
  kind: 'LINK',
  category: 'LINK',
  url: 'https://example.org/student-voice',
  details: {
    title: 'Student voice toolkit',
    strandIds: ['strand-2'],
    principles: [4],
    tags: [],
    language: 'pt-BR',
    licence: 'CC0-1.0',
    visibility: 'PUBLIC',
    safeguarding: { containsLearnersWork: true, consentObtained: true, anonymised: true },
  },
  status: 'AVAILABLE',
  versions: [],
  createdAt: '2026-05-03T10:00:00Z',
};

export const myAwaitingFile: LibraryArtefact = {
  id: 'a-3',
  symposiumId: 'sym-2026',
  ownerId: 'm-1',
  kind: 'FILE',
  details: {
    title: 'Hillside learning wall',
    strandIds: ['strand-1'],
    principles: [2],
    tags: [],
    language: 'en',
    licence: 'CC-BY-SA-4.0',
    visibility: 'NETWORK',
    safeguarding: { containsLearnersWork: false },
  },
  status: 'AWAITING_FILE',
  versions: [],
  createdAt: '2026-05-04T10:00:00Z',
};

export const agendaSessions: ScheduledSession[] = [
  {
    dialogueId: 'd-3', symposiumId: 'sym-2026', strandId: 'strand-1', title: 'Accountability that teachers own',
    hostIds: ['m-1'], capacity: 15, startsAt: '2026-06-18T13:00:00Z', endsAt: '2026-06-18T14:30:00Z', roomName: 'Hall B',
  },
  {
    dialogueId: 'd-1', symposiumId: 'sym-2026', strandId: 'strand-1', title: 'Learning walks that change what leaders notice',
    hostIds: ['m-2'], capacity: 12, startsAt: '2026-06-18T08:00:00Z', endsAt: '2026-06-18T09:30:00Z', roomName: null,
  },
  {
    dialogueId: 'd-5', symposiumId: 'sym-2026', strandId: 'strand-2', title: 'Dialogue across schools',
    hostIds: ['m-5'], capacity: 10, startsAt: '2026-06-19T08:00:00Z', endsAt: '2026-06-19T09:00:00Z', roomName: 'Virtual room 1',
  },
];
