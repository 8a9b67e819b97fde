import { EventEnvelope, eventPayloadSchemas, isEventType } from '@glossa/contracts';

export type EnvelopeCheck =
  | { ok: true; event: EventEnvelope }
  /** Numbered, so it still counts in the room's sequence, but not deliverable to handlers. */
  | { ok: false; seqOnly: { room: string; seq: number } | null; reason: string };

/**
 * Checks an event from the server at the edge (docs/design.md: validated at the edge): the envelope's
 * shape, then its payload against the shared contract. An event of a type this client does not know
 * (a newer server) still advances the room's `seq`, or the client would backfill it forever.
 */
export function checkEnvelope(value: unknown, validatePayload: boolean): EnvelopeCheck {
  if (typeof value !== 'object' || value === null) return { ok: false, seqOnly: null, reason: 'not an object' };
  const { room, seq, type, payload } = value as Record<string, unknown>;
  if (typeof room !== 'string' || typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) {
    return { ok: false, seqOnly: null, reason: 'no room or seq' };
  }
  const seqOnly = { room, seq };
  if (typeof type !== 'string' || !isEventType(type))
    return { ok: false, seqOnly, reason: `unknown type ${String(type)}` };
  if (validatePayload && !eventPayloadSchemas[type].safeParse(payload).success) {
    return { ok: false, seqOnly, reason: `payload of ${type} does not match the contract` };
  }
  return { ok: true, event: value as EventEnvelope };
}
