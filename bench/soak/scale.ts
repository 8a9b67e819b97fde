/**
 * The scale figure: one room of `sockets` sockets, half on each Glossa instance (rooms shared
 * through Redis), against the same audience on two bare Socket.IO servers with the Redis adapter.
 * Both audiences stay connected and the rounds alternate (API, bare, bare, API, …), so a busy
 * machine weighs on both alike. Each round is one event written through instance A (a
 * createAnnotation; for the baseline a POST /emit to bare server A with a copy of an API event),
 * timed from its response to the moment the last of all sockets delivered it.
 */
import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@glossa/contracts';
import type { ApiProcess } from '../../apps/api/test/realtime-api-process';
import { LeanGraphqlClient } from '../annotations/http-client';
import { now } from '../fanout/clock';
import { summarize, Summary } from '../fanout/stats';
import type { Arrivals } from './arrivals';
import type { Audience, BareServer } from './processes';
import type { Group } from './protocol';
import { CREATE_ANNOTATION, WriteTarget } from './writes';

const ROUND_TIMEOUT_MS = 15_000;

export interface ScaleResult {
  sockets: number;
  api: Summary;
  bare: Summary;
  lost: Record<Group, number>;
  connectMs: Record<Group, number>;
}

export interface ScaleSetup {
  apis: ApiProcess[];
  bares: BareServer[];
  audiences: Audience[];
  arrivals: Arrivals;
  tokens: string[];
  target: WriteTarget;
  /** The first API event any audience delivered (the baseline emits copies of it). */
  sample: () => EventEnvelope | null;
}

async function connectAll(setup: ScaleSetup, group: Group, urls: string[], sockets: number): Promise<number> {
  const started = now();
  const per = Math.round(sockets / setup.audiences.length);
  await Promise.all(
    setup.audiences.map((audience, i) =>
      audience.ask(
        {
          type: 'connect',
          group,
          url: urls[i],
          tokens: setup.tokens,
          rooms: [{ room: setup.target.room, count: per }],
        },
        'connected',
        600_000,
      ),
    ),
  );
  return now() - started;
}

export async function measureScale(
  setup: ScaleSetup,
  sockets: number,
  changes: number,
  warmup: number,
): Promise<ScaleResult> {
  const connectMs = {
    api: await connectAll(
      setup,
      'api',
      setup.apis.map((a) => a.url),
      sockets,
    ),
    bare: await connectAll(
      setup,
      'bare',
      setup.bares.map((b) => b.url),
      sockets,
    ),
  };
  await new Promise((resolve) => setTimeout(resolve, 2000)); // presence announcements settle
  const http = new LeanGraphqlClient(setup.apis[0].url, 1);
  const latencies: Record<Group, number[]> = { api: [], bare: [] };
  const lost: Record<Group, number> = { api: 0, bare: 0 };
  let bareSeq = 0;
  const rounds: Record<Group, (measured: boolean) => Promise<void>> = {
    api: async (measured) => {
      const { target } = setup;
      const data = await http.post<{ createAnnotation: { id: string } }>(
        CREATE_ANNOTATION,
        {
          input: {
            readingId: target.readingId,
            revisionNumber: 1,
            target: target.target,
            motivation: 'commenting',
            body: 'Scale comment.',
            clientId: randomUUID(),
          },
        },
        setup.tokens[0],
        { retry: true },
      );
      const responded = now();
      const last = await setup.arrivals.wait('api', data.createAnnotation.id, ROUND_TIMEOUT_MS);
      if (last === null) lost.api += measured ? 1 : 0;
      else if (measured) latencies.api.push(last - responded);
    },
    bare: async (measured) => {
      const sample = setup.sample();
      if (!sample) throw new Error('no API event reached the audience to copy for the baseline');
      bareSeq += 1;
      const id = `bare-${bareSeq}`;
      const payload = sample.payload as { annotation: Record<string, unknown> };
      const envelope = {
        ...sample,
        room: setup.target.room,
        seq: bareSeq,
        payload: { ...payload, annotation: { ...payload.annotation, id } },
      };
      const response = await fetch(`${setup.bares[0].url}/emit`, { method: 'POST', body: JSON.stringify(envelope) });
      if (response.status !== 204) throw new Error(`bare server answered ${response.status}`);
      const responded = now();
      const last = await setup.arrivals.wait('bare', id, ROUND_TIMEOUT_MS);
      if (last === null) lost.bare += measured ? 1 : 0;
      else if (measured) latencies.bare.push(last - responded);
    },
  };
  try {
    for (let i = 0; i < warmup; i++) await rounds.api(false);
    for (let i = 0; i < warmup; i++) await rounds.bare(false);
    for (let i = 0; i < changes; i++) {
      const order: Group[] = i % 2 === 0 ? ['api', 'bare'] : ['bare', 'api'];
      for (const group of order) await rounds[group](true);
    }
  } finally {
    http.close();
    for (const group of ['api', 'bare'] as const) {
      await Promise.all(setup.audiences.map((a) => a.ask({ type: 'disconnect', group }, 'disconnected', 60_000)));
      setup.arrivals.forget(group);
    }
  }
  return { sockets, api: summarize(latencies.api), bare: summarize(latencies.bare), lost, connectMs };
}
