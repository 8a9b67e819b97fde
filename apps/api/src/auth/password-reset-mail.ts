import { escapeHtml, htmlButton, htmlMessage, OutgoingMail } from '../mail/outgoing-mail';

/** The message with a reset link: plain text and HTML saying the same, and what to do if it was not you. */
export function passwordResetMail(to: string, displayName: string, link: string, minutes: number): OutgoingMail {
  const lasts = minutes % 60 === 0 ? `${minutes / 60} hour${minutes === 60 ? '' : 's'}` : `${minutes} minutes`;
  const ignore = 'If you did not ask for this, ignore this message: your password stays as it is.';
  return {
    to,
    subject: 'Reset your Glossa password',
    text: [
      `Hello ${displayName},`,
      '',
      'Someone (we hope you) asked to reset the password of your Glossa account. To choose a new one, open this link:',
      '',
      link,
      '',
      `The link works once, for ${lasts}. Setting a new password signs your account out everywhere.`,
      '',
      ignore,
    ].join('\n'),
    html: htmlMessage(
      `<p>Hello ${escapeHtml(displayName)},</p>
<p>Someone (we hope you) asked to reset the password of your Glossa account. To choose a new one, open this link:</p>
${htmlButton(link, 'Choose a new password')}
<p style="word-break:break-all">Or paste this address into your browser: ${escapeHtml(link)}</p>
<p>The link works once, for ${lasts}. Setting a new password signs your account out everywhere.</p>`,
      escapeHtml(ignore),
    ),
  };
}
