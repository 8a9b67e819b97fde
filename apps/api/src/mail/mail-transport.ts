import { createTransport, Transporter } from 'nodemailer';
import type { OutgoingMail } from './outgoing-mail';

/** Sends one message to the SMTP relay; throws when the relay refuses it or cannot be reached. */
export interface MailTransport {
  send(mail: OutgoingMail, from: string): Promise<void>;
  close(): void;
}

/**
 * nodemailer over SMTP_URL. Timeouts are short: a relay that is down should fail the try quickly
 * and leave the message to the queue's back-off, not hold the worker.
 */
export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter: Transporter = createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail, from) {
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
      });
    },
    close: () => transporter.close(),
  };
}
