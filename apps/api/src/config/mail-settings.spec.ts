import { loadConfig } from './app-config';

describe('mail settings', () => {
  it('defaults to no relay, links to localhost on PORT, 16 tries, hour-long reset links and digests from 07:00 UTC', () => {
    const { mail } = loadConfig({ PORT: '4000' });
    expect(mail).toEqual({
      smtpUrl: null,
      from: 'Glossa <glossa@localhost>',
      publicUrl: 'http://localhost:4000',
      maxAttempts: 16,
      resetLinkMinutes: 60,
      resetsPerHour: 3,
      digestHourUtc: 7,
    });
  });

  it('reads SMTP_URL, MAIL_FROM and PUBLIC_URL (without a trailing slash)', () => {
    const { mail } = loadConfig({
      SMTP_URL: 'smtps://glossa:secret@smtp.example.org:465',
      MAIL_FROM: 'Seminar <seminar@example.org>',
      PUBLIC_URL: 'https://glossa.example.org/',
    });
    expect(mail).toMatchObject({
      smtpUrl: 'smtps://glossa:secret@smtp.example.org:465',
      from: 'Seminar <seminar@example.org>',
      publicUrl: 'https://glossa.example.org',
    });
  });

  it('refuses a relay that is not SMTP, a From without an address and a reset link of a minute', () => {
    expect(() =>
      loadConfig({ SMTP_URL: 'http://smtp.example.org', MAIL_FROM: 'Glossa', PASSWORD_RESET_MINUTES: '1' }),
    ).toThrow(/MAIL_FROM[\s\S]*SMTP_URL[\s\S]*PASSWORD_RESET_MINUTES/);
  });
});
