/** Fixtures of the organiser pages' tests (the shared ones are in src/test/fixtures.ts). */
import type { Dialogue, Insight, Member, Registration, RegistrationCounts, SynthesisBoard } from '../../api/types';
import { json } from '../../test/fetchMock';
import { dialogue, member, registration, symposium } from '../../test/fixtures';

/** The signed-in organiser: the same person as the shared member fixture, with the organiser role. */
export const organiser: Member = { ...member, roles: ['member', 'organiser'] };

/** What every organiser page reads first: who is signed in (with their roles), and the symposium. */
export const organiserBase = {
  'GET /api/v1/members/me': json(organiser),
  'GET /api/v1/notifications/unread-count': json({ unread: 0 }),
  'GET /api/v1/symposia/sym-2026': json(symposium, 200, { ETag: '"3"' }),
};

export const confirmedTom: Registration = { ...registration, state: 'CONFIRMED', waitlistPosition: null, strands: ['strand-1', 'strand-2'] };
export const confirmedHana: Registration = {
  ...registration,
  id: 'reg-2',
  memberId: 'm-2',
  memberName: 'Hana Host',
  state: 'CONFIRMED',
  waitlistPosition: null,
  strands: ['strand-1'],
};
export const confirmedUna: Registration = {
  ...registration,
  id: 'reg-3',
  memberId: 'm-3',
  memberName: null,
  state: 'CONFIRMED',
  waitlistPosition: null,
  strands: ['strand-3'],
};
export const pendingPat: Registration = {
  ...registration,
  id: 'reg-4',
  memberId: 'm-5',
  memberName: 'Pat Pending',
  state: 'PENDING_APPROVAL',
  waitlistPosition: null,
  strands: ['strand-2'],
  needs: { access: 'Step-free access', dietary: null },
};
export const waitlistedWill: Registration = {
  ...registration,
  id: 'reg-5',
  memberId: 'm-6',
  memberName: 'Will Waiting',
  state: 'WAITLISTED',
  waitlistPosition: 1,
};

export const counts: RegistrationCounts = {
  byState: { PENDING_APPROVAL: 1, CONFIRMED: 3, WAITLISTED: 1, OFFERED: 0, CANCELLED: 2, REJECTED: 0, EXPIRED: 0 },
  confirmedByStrand: { 'strand-1': 2, 'strand-2': 1, 'strand-3': 1 },
  placesLeft: { '*': 97, 'strand-1': 23 },
};

export const proposed: Dialogue = {
  ...dialogue,
  id: 'd-7',
  hostId: 'm-3',
  hostName: 'Una Unnamed',
  status: 'PROPOSED',
  proposal: { ...dialogue.proposal, title: 'Coaching conversations that travel', strandId: 'strand-3', capacity: 10 },
  proposedAt: '2026-03-05T10:00:00Z',
  version: 1,
};

export const insight = (id: string, extra: Partial<Insight> = {}): Insight => ({
  id,
  dialogueId: 'd-1',
  dialogueTitle: 'Learning walks that change what leaders notice',
  strandId: 'strand-1',
  kind: 'INSIGHT',
  text: `Insight ${id}`,
  principles: [1],
  authorName: 'Hana Host',
  recordedAt: '2026-06-18T10:00:00Z',
  plenaryOutcome: false,
  plenaryNote: null,
  ...extra,
});

export function boardOf(insights: Insight[]): SynthesisBoard {
  const byStrand: Record<string, Insight[]> = {};
  const countsByStrand: SynthesisBoard['countsByStrand'] = {};
  const countsByPrinciple: Record<string, number> = {};
  for (const i of insights) {
    const strand = i.strandId ?? '';
    (byStrand[strand] ??= []).push(i);
    const kinds = (countsByStrand[strand] ??= {});
    kinds[i.kind] = (kinds[i.kind] ?? 0) + 1;
    i.principles.forEach((p) => (countsByPrinciple[String(p)] = (countsByPrinciple[String(p)] ?? 0) + 1));
  }
  return {
    symposiumId: 'sym-2026',
    total: insights.length,
    countsByStrand,
    countsByPrinciple,
    plenaryOutcomes: insights.filter((i) => i.plenaryOutcome),
    byStrand,
  };
}
