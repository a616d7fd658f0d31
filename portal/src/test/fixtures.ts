import type { Member, Registration, Symposium } from '../api/types';

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
