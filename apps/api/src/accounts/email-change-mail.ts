import { escapeHtml, htmlButton, htmlMessage, OutgoingMail } from '../mail/outgoing-mail';

/** To the new address: the link that makes it the account's email, and what to do if it was not you. */
export function emailChangeMail(to: string, displayName: string, link: string, hours: number): OutgoingMail {
  const ignore = 'If you did not ask for this, ignore this message: no account will use this address.';
  const lead = 'You asked to use this address for your Glossa account. To confirm it, open this link:';
  const lasts = `The link works once, for ${hours} hours. Until then you keep signing in with your current email.`;
  return {
    to,
    subject: 'Confirm your new Glossa email',
    text: [`Hello ${displayName},`, '', lead, '', link, '', lasts, '', ignore].join('\n'),
    html: htmlMessage(
      `<p>Hello ${escapeHtml(displayName)},</p>
<p>${escapeHtml(lead)}</p>
${htmlButton(link, 'Confirm this address')}
<p style="word-break:break-all">Or paste this address into your browser: ${escapeHtml(link)}</p>
<p>${escapeHtml(lasts)}</p>`,
      escapeHtml(ignore),
    ),
  };
}

/** To the old address, once the change is made: so a change nobody asked for does not go unnoticed. */
export function emailChangedMail(to: string, displayName: string, newEmail: string): OutgoingMail {
  const said = `Your Glossa account now signs in with ${newEmail} instead of this address.`;
  const help =
    'If you did not make this change, reset your password from the sign-in page using the new address, or ask your seminar’s convenor for help.';
  return {
    to,
    subject: 'Your Glossa email was changed',
    text: [`Hello ${displayName},`, '', said, '', help].join('\n'),
    html: htmlMessage(`<p>Hello ${escapeHtml(displayName)},</p>\n<p>${escapeHtml(said)}</p>`, escapeHtml(help)),
  };
}
