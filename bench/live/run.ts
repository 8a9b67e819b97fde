/**
 * Live-session benchmark (issue 15): 300 participants (Socket.IO clients in a separate process) in one
 * session's room. (1) Spotlights: from each `spotlight` mutation's response to the moment the LAST
 * participant delivered its event, p50/p95, against the same envelope emitted with a bare Socket.IO
 * `io.to(room).emit` to another 300 clients in the same run (rounds alternate). Target: p95 ≤ 1.5 × raw
 * p95 + 10 ms. (2) A poll answered by all 300 at once: every participant receives the tally of 300
 * within 5 s, every answer counted once (repeats change nothing), the tally exactly the answers given.
 *
 * Run: npm run bench:live [-- --participants=300 --spotlights=100]
 * Reuses bench/fanout's audiences process (clients.ts), bare server and harness.
 */
import { cpus } from 'node:os';
import type { EventEnvelope } from '@glossa/contracts';
import { now } from '../fanout/clock';
import { benchArgs, gql, must, startServers, throwawayDatabase } from '../fanout/harness';
import type { ClientsCommand, Group } from '../fanout/protocol';
import { summarize, Summary } from '../fanout/stats';
import { inBatches, stageSession } from './stage';

const argv = benchArgs();
const PARTICIPANTS = Number(argv.get('participants') ?? 300);
const SPOTLIGHTS = Number(argv.get('spotlights') ?? 100);
const WARMUP = 5;
const TIMEOUT_MS = 5000;
const POLL_LIMIT_MS = 5000;
const OPTIONS = ['Agree', 'Disagree', 'Unsure'];

const ms = (value: number) => `${value.toFixed(1).padStart(8)} ms`;
const row = (label: string, s: Summary) => `${label.padEnd(40)}${ms(s.p50)}${ms(s.p95)}${ms(s.max)}`;

async function main(): Promise<void> {
  const started = now();
  const database = await throwawayDatabase();
  const cleanups: Array<() => Promise<unknown>> = [() => database.drop()];
  try {
    const { api, bare, clients, mailbox } = await startServers(database, cleanups);

    const stage = await stageSession(api.url, PARTICIPANTS);
    const room = `session:${stage.sessionId}`;
    console.log(
      `Live-session benchmark: ${PARTICIPANTS} participants per server in one session room (separate process), ` +
        `${SPOTLIGHTS} spotlights (+${WARMUP} warm-up) interleaved with raw emits, node ${process.version}, ${cpus().length} CPUs, ${database.label}`,
    );
    const connect = async (group: Group, url: string, tokens: string[]) => {
      clients.send({ type: 'connect', group, url, tokens, room, count: PARTICIPANTS } satisfies ClientsCommand);
      return (await mailbox.next('connected', 120_000, (m) => m.group === group)).ms;
    };
    const apiConnect = await connect('api', api.url, stage.participantTokens);
    const rawConnect = await connect('raw', bare.url, ['-']);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // presence announcements settle

    let sample: EventEnvelope | null = null;
    let rawSeq = 0;
    const spotlight = (i: number) =>
      must(
        gql(
          api.url,
          `mutation($input: SpotlightInput!) { spotlight(input: $input) { id } }`,
          {
            input: {
              sessionId: stage.sessionId,
              selection: { start: i % 50, end: (i % 50) + 20 },
              note: `Spotlight ${i}`,
            },
          },
          stage.ownerToken,
        ),
        'spotlight',
      );
    const rawEmit = async () => {
      rawSeq += 1;
      const response = await fetch(`${bare.url}/emit`, {
        method: 'POST',
        body: JSON.stringify({ ...sample, seq: rawSeq }),
      });
      if (response.status !== 204) throw new Error(`bare server answered ${response.status}`);
    };
    const timings: Record<Group, number[]> = { api: [], raw: [] };
    let lost = 0;
    const round = async (group: Group, change: () => Promise<unknown>, measured: boolean) => {
      const arrival = mailbox.next(
        'received',
        TIMEOUT_MS,
        (m) => m.group === group && m.sample.type !== 'live.poll_changed',
      );
      await change();
      const responded = now();
      try {
        const received = await arrival;
        if (group === 'api') sample = received.sample;
        if (measured) timings[group].push(received.last - responded);
      } catch {
        lost += 1;
      }
    };
    for (let i = 0; i < WARMUP; i++) await round('api', () => spotlight(i), false);
    if (!sample) throw new Error('no spotlight reached the participants');
    for (let i = 0; i < WARMUP; i++) await round('raw', rawEmit, false);
    for (let i = 0; i < SPOTLIGHTS; i++) {
      const order: Group[] = i % 2 === 0 ? ['api', 'raw'] : ['raw', 'api'];
      for (const group of order) await round(group, group === 'api' ? () => spotlight(WARMUP + i) : rawEmit, true);
    }

    // The poll: everyone answers at once; the tally of all of them must reach everyone within 5 s.
    const poll = await must<{ id: string }>(
      gql(
        api.url,
        `mutation($input: OpenLivePollInput!) { openLivePoll(input: $input) { id } }`,
        {
          input: { sessionId: stage.sessionId, question: 'Does sovereignty entail responsibility?', options: OPTIONS },
        },
        stage.ownerToken,
      ),
      'openLivePoll',
    );
    const expected = OPTIONS.map(() => 0);
    stage.participantTokens.forEach((_, i) => (expected[i % OPTIONS.length] += 1));
    const complete = mailbox.next(
      'received',
      POLL_LIMIT_MS + 10_000,
      (m) =>
        m.group === 'api' &&
        m.sample.type === 'live.poll_changed' &&
        (m.sample.payload as { poll: { total: number } }).poll.total === PARTICIPANTS,
    );
    const answer = (token: string, i: number) =>
      must(
        gql(
          api.url,
          `mutation($input: AnswerLivePollInput!) { answerLivePoll(input: $input) { id } }`,
          { input: { pollId: poll.id, option: i % OPTIONS.length } },
          token,
        ),
        'answerLivePoll',
      );
    const pollStarted = now();
    await inBatches(stage.participantTokens, 64, answer);
    const answered = now();
    const everyone = await complete;
    const pollMs = everyone.last - pollStarted;
    // Answering again with the same option changes nothing (no event, no second count).
    await inBatches(stage.participantTokens.slice(0, 30), 30, answer);
    const tally = await must<{ poll: { counts: number[]; total: number } }>(
      gql(
        api.url,
        `query($id: ID!) { liveSession(id: $id) { poll { counts total } } }`,
        { id: stage.sessionId },
        stage.ownerToken,
      ),
      'liveSession',
    );
    const delivered = everyone.sample.payload as { poll: { counts: number[] } };
    const tallyRight =
      tally.poll.total === PARTICIPANTS &&
      JSON.stringify(tally.poll.counts) === JSON.stringify(expected) &&
      JSON.stringify(delivered.poll.counts) === JSON.stringify(expected);

    clients.send({ type: 'disconnect' } satisfies ClientsCommand);
    await mailbox.next('disconnected', 30_000);

    const g = summarize(timings.api);
    const r = summarize(timings.raw);
    console.log(`\nSpotlight, response → last of ${PARTICIPANTS} participants   p50         p95         max`);
    console.log(row('Glossa API (spotlight → live.spotlighted)', g));
    console.log(row('raw io.to(room).emit (bare server)', r));
    console.log(
      `${'ratio API / raw'.padEnd(40)}${(g.p50 / r.p50).toFixed(2).padStart(11)}${(g.p95 / r.p95).toFixed(2).padStart(11)}`,
    );
    console.log(
      `Connecting ${PARTICIPANTS} participants: API ${apiConnect.toFixed(0)} ms, bare ${rawConnect.toFixed(0)} ms`,
    );
    if (lost) console.log(`Spotlights not delivered to every participant within ${TIMEOUT_MS} ms: ${lost}`);
    console.log(
      `\nPoll: ${PARTICIPANTS} answers sent in ${(answered - pollStarted).toFixed(0)} ms; the tally of all ${PARTICIPANTS} reached every participant ` +
        `${pollMs.toFixed(0)} ms after the first answer was sent; tally ${JSON.stringify(tally.poll.counts)} (expected ${JSON.stringify(expected)}, total ${tally.poll.total}), 30 repeated answers counted once`,
    );

    const limit = 1.5 * r.p95 + 10;
    const spotlightMet = g.p95 <= limit && lost === 0;
    const pollMet = pollMs <= POLL_LIMIT_MS && tallyRight;
    console.log(
      `\nTarget: spotlight p95 ≤ 1.5 × raw p95 + 10 ms = ${limit.toFixed(1)} ms → ${g.p95.toFixed(1)} ms: ${spotlightMet ? 'MET' : 'MISSED'}`,
    );
    console.log(
      `Target: every answer counted once, correct tally at all ${PARTICIPANTS} within ${POLL_LIMIT_MS} ms → ${pollMs.toFixed(0)} ms, ${tallyRight ? 'correct' : 'WRONG'}: ${pollMet ? 'MET' : 'MISSED'}`,
    );
    console.log(`(total ${((now() - started) / 1000).toFixed(0)} s)`);
    process.exitCode = spotlightMet && pollMet ? 0 : 1;
  } finally {
    for (const cleanup of cleanups)
      await cleanup().catch((error: unknown) => console.error(`cleanup: ${String(error)}`));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
