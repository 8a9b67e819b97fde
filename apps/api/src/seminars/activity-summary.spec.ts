import type { EventEnvelope } from '@glossa/contracts';
import { activityLine } from './activity-summary';

const SEMINAR = '00000000-0000-4000-8000-000000000001';
const AMA = '00000000-0000-4000-8000-00000000000a';
const RUTH = '00000000-0000-4000-8000-00000000000b';
const names: Record<string, string> = { [AMA]: 'Ama Mensah', [RUTH]: 'Ruth Okafor' };
const nameOf = (id: string | null) => (id ? (names[id] ?? 'Former member') : 'Someone');

function event(type: string, payload: unknown, actorId: string | null = RUTH): EventEnvelope {
  return { room: `seminar:${SEMINAR}`, seq: 1, type, payload, actorId, at: '2026-01-01T00:00:00.000Z' } as EventEnvelope;
}

describe('activity lines', () => {
  it('names who joined, who changed whose role, and who removed whom', () => {
    expect(activityLine(event('member.joined', { userId: AMA }, AMA), nameOf)?.summary).toBe('Ama Mensah joined the seminar');
    expect(activityLine(event('member.role_changed', { userId: AMA, role: 'MODERATOR' }), nameOf)?.summary).toBe(
      'Ruth Okafor made Ama Mensah a moderator',
    );
    expect(activityLine(event('member.left', { userId: AMA, removedBy: RUTH }), nameOf)?.summary).toBe(
      'Ruth Okafor removed Ama Mensah from the seminar',
    );
    expect(activityLine(event('member.left', { userId: AMA, removedBy: null }, AMA), nameOf)?.summary).toBe(
      'Ama Mensah left the seminar',
    );
  });

  it('links a reading or debate line to what it is about', () => {
    const reading = activityLine(event('reading.added', { readingId: AMA, title: 'Freedom from fear' }), nameOf);
    expect(reading).toEqual({ summary: 'Ruth Okafor added the reading “Freedom from fear”', readingId: AMA, debateId: null });
    const debate = activityLine(event('debate.updated', { debate: { id: RUTH, motion: 'R2P', status: 'LOCKED' } }), nameOf);
    expect(debate).toEqual({ summary: 'Ruth Okafor changed the debate “R2P” (now locked)', readingId: null, debateId: RUTH });
  });

  it('leaves out events the activity list does not show', () => {
    expect(activityLine(event('seminar.invite_rotated', { inviteCode: 'ABCD' }), nameOf)).toBeNull();
  });
});
