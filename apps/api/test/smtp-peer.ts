import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as it reached the peer, parsed by mailparser. */
export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: ParsedMail['headers'];
  /** Each header's value as it was sent, by lower-case name (mailparser folds List-* headers together). */
  rawHeaders: Record<string, string>;
}

/** A real SMTP server the test starts, keeping every message it accepts. */
export interface SmtpPeer {
  port: number;
  url: string;
  inbox: ReceivedMail[];
  /** The first message for `to` (matching `subject` when given) that arrives, polling `poke` meanwhile. */
  waitFor(
    to: string,
    options?: { subject?: RegExp; poke?: () => Promise<void>; after?: number },
  ): Promise<ReceivedMail>;
  close(): Promise<void>;
}

/** Starts a peer on `port` (0: any free port). No TLS and no AUTH: it is on loopback, for tests. */
export async function startSmtpPeer(port = 0): Promise<SmtpPeer> {
  const inbox: ReceivedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
          inbox.push({
            to: to?.value[0]?.address ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            headers: parsed.headers,
            rawHeaders: Object.fromEntries(
              parsed.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).trim()]),
            ),
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = (server.server.address() as AddressInfo).port;
  return {
    port: bound,
    url: `smtp://127.0.0.1:${bound}`,
    inbox,
    async waitFor(to, options = {}) {
      const matches = (m: ReceivedMail) =>
        m.to === to.toLowerCase() && (!options.subject || options.subject.test(m.subject));
      for (const started = Date.now(); Date.now() - started < 30_000;) {
        const found = inbox.slice(options.after ?? 0).find(matches);
        if (found) return found;
        await options.poke?.();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`no mail for ${to} reached the SMTP peer within 30 s (it holds ${inbox.length})`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first http(s) link in a message's text that contains `path`. */
export function linkIn(mail: ReceivedMail, path: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((l) => l.includes(path));
  if (!link) throw new Error(`no ${path} link in:\n${mail.text}`);
  return link;
}
