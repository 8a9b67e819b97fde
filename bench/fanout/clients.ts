/**
 * The benchmark's audiences: per server, `count` Socket.IO clients (RealtimeClient, websocket
 * transport) in this one process, all subscribed to one room. Reports to the orchestrator, over IPC,
 * the moment the last client of an audience delivered each event. Started by run.ts.
 */
import { RealtimeClient } from '../../libs/realtime-client/src';
import { now } from './clock';
import type { ClientsCommand, ClientsReport } from './protocol';

let clients: RealtimeClient[] = [];

function report(message: ClientsReport): void {
  process.send?.(message);
}

async function connect(command: Extract<ClientsCommand, { type: 'connect' }>): Promise<void> {
  const started = now();
  const { group } = command;
  const arrivals = new Map<number, { count: number; first: number }>();
  const batch = 50;
  for (let i = 0; i < command.count; i += batch) {
    const ready = Array.from({ length: Math.min(batch, command.count - i) }, (_, j) => {
      const client = new RealtimeClient({
        url: command.url,
        token: command.tokens[(i + j) % command.tokens.length],
        // Measure the servers' fan-out, not 1,000 schema checks in this one process.
        validate: false,
        gapGraceMs: 2000,
      });
      clients.push(client);
      const subscription = client.subscribe(command.room, (event) => {
        const at = now();
        const seen = arrivals.get(event.seq) ?? { count: 0, first: at };
        seen.count += 1;
        arrivals.set(event.seq, seen);
        if (seen.count === command.count) {
          arrivals.delete(event.seq);
          report({ type: 'received', group, seq: event.seq, first: seen.first, last: at, sample: event });
        }
      });
      client.connect();
      return subscription.ready;
    });
    await Promise.all(ready);
  }
  report({ type: 'connected', group, ms: now() - started });
}

process.on('message', (command: ClientsCommand) => {
  if (command.type === 'connect') {
    connect(command).catch((error: unknown) => report({ type: 'failed', message: String(error) }));
  } else if (command.type === 'disconnect') {
    for (const client of clients) client.close();
    clients = [];
    setTimeout(() => report({ type: 'disconnected' }), 500);
  }
});
