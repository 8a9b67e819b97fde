/**
 * One audience process of the soak: Socket.IO clients (RealtimeClient, websocket transport) of one
 * server per group, each subscribed to one room. For each event it reports when the first and the
 * last of its clients in that room delivered it, and on request how many events each client got.
 * The orchestrator starts one such process per server, so no single process carries every socket.
 */
import type { EventEnvelope } from '@glossa/contracts';
import { RealtimeClient } from '../../libs/realtime-client/src';
import { now } from '../fanout/clock';
import type { AudienceCommand, AudienceReport, Group, RoomAudience } from './protocol';

interface Listener {
  client: RealtimeClient;
  room: string;
  delivered: number;
  duplicates: number;
  lastSeq: number;
}

const listeners = new Map<Group, Listener[]>();
const sampled = new Set<Group>();

function report(message: AudienceReport): void {
  process.send?.(message);
}

function annotationId(event: EventEnvelope): string | null {
  const payload = event.payload as { annotation?: { id?: string } };
  return payload.annotation?.id ?? null;
}

async function connect(group: Group, url: string, tokens: string[], rooms: RoomAudience[]): Promise<void> {
  const started = now();
  const own: Listener[] = [];
  listeners.set(group, own);
  const arrivals = new Map<string, { count: number; first: number }>();
  const wanted = new Map(rooms.map((r) => [r.room, r.count]));
  const plan = rooms.flatMap((r) => Array.from({ length: r.count }, () => r.room));
  const batch = 50;
  for (let i = 0; i < plan.length; i += batch) {
    const ready = plan.slice(i, i + batch).map((room, j) => {
      const client = new RealtimeClient({
        url,
        token: tokens[(i + j) % tokens.length],
        // Measure the servers, not thousands of schema checks in this process.
        validate: false,
        gapGraceMs: 2000,
      });
      const listener: Listener = { client, room, delivered: 0, duplicates: 0, lastSeq: 0 };
      own.push(listener);
      const subscription = client.subscribe(room, (event) => {
        const at = now();
        if (event.seq <= listener.lastSeq) listener.duplicates += 1;
        else listener.delivered += 1;
        listener.lastSeq = Math.max(listener.lastSeq, event.seq);
        const key = `${room} ${event.seq}`;
        const seen = arrivals.get(key) ?? { count: 0, first: at };
        seen.count += 1;
        arrivals.set(key, seen);
        if (seen.count === wanted.get(room)) {
          arrivals.delete(key);
          // The first event goes back whole: the scale baseline emits a copy of it.
          const sample = sampled.has(group) ? undefined : event;
          sampled.add(group);
          report({
            type: 'arrived',
            group,
            room,
            seq: event.seq,
            id: annotationId(event),
            first: seen.first,
            last: at,
            sample,
          });
        }
      });
      client.connect();
      return subscription.ready;
    });
    await Promise.all(ready);
    const subscribed = Math.min(i + batch, plan.length);
    if (subscribed % 500 === 0 && subscribed < plan.length) {
      report({ type: 'connecting', group, subscribed, of: plan.length, ms: now() - started });
    }
  }
  report({ type: 'connected', group, ms: now() - started });
}

function tally(group: Group, expected: Record<string, number>): AudienceReport {
  const own = listeners.get(group) ?? [];
  let lost = 0;
  let extra = 0;
  let duplicates = 0;
  for (const listener of own) {
    const want = expected[listener.room] ?? 0;
    lost += Math.max(0, want - listener.delivered);
    extra += Math.max(0, listener.delivered - want);
    duplicates += listener.duplicates;
  }
  return { type: 'tallied', group, clients: own.length, lost, extra, duplicates };
}

process.on('message', (command: AudienceCommand) => {
  if (command.type === 'connect') {
    connect(command.group, command.url, command.tokens, command.rooms).catch((error: unknown) =>
      report({ type: 'failed', message: String(error) }),
    );
  } else if (command.type === 'tally') {
    report(tally(command.group, command.expected));
  } else if (command.type === 'disconnect') {
    for (const listener of listeners.get(command.group) ?? []) listener.client.close();
    listeners.delete(command.group);
    setTimeout(() => report({ type: 'disconnected', group: command.group }), 500);
  }
});
