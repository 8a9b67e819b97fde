import { loadConfig } from '../src/config/app-config';
import { JobQueue } from '../src/jobs/job-queue';
import { addReading, createSeminar, joinAs, registerUser, TestUser } from './factories';
import { SmtpPeer, startSmtpPeer } from './smtp-peer';
import { outcome, startTestApp, TestApp } from './test-app';

const SET = `mutation($f: MailFrequency!) { setMailFrequency(input: { frequency: $f }) { frequency } }`;

/** What the member-mail tests share: an API mailing a real SMTP peer, and a seminar with a reading. */
export interface MailSeminar {
  peer: SmtpPeer;
  api: TestApp;
  owner: TestUser;
  seminar: { id: string; inviteCode: string };
  reading: { id: string; text: string };
  /** A new member of the seminar, with this mail frequency chosen (none: the default). */
  member(name: string, frequency?: string): Promise<TestUser>;
  /** Runs every job ready. */
  drain(): Promise<void>;
  /** Runs every job ready a few times over: notices queue mail, mail reaches the peer. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export async function startMailSeminar(text: string): Promise<MailSeminar> {
  const peer = await startSmtpPeer();
  const mail = loadConfig({ NODE_ENV: 'test' }).mail;
  const api = await startTestApp({ mail: { ...mail, smtpUrl: peer.url, publicUrl: 'https://glossa.test' } });
  const owner = await registerUser(api, 'Ruth Convenor');
  const seminar = await createSeminar(api, owner, 'Human Security Seminar');
  const reading = { id: (await addReading(api, seminar.id, owner, text)).id, text };
  const drain = () => api.app.get(JobQueue).drain();
  return {
    peer,
    api,
    owner,
    seminar,
    reading,
    drain,
    async member(name, frequency) {
      const user = await registerUser(api, name);
      await joinAs(api, seminar, owner, user, 'MEMBER');
      if (frequency) expect(outcome(await api.gql(SET, { f: frequency }, user.token))).toBe('OK');
      return user;
    },
    async settle() {
      for (let i = 0; i < 3; i++) await drain();
    },
    async close() {
      await api.close();
      await peer.close();
    },
  };
}
