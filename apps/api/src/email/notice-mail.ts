import { escapeHtml, htmlButton, htmlMessage, OutgoingMail } from '../mail/outgoing-mail';

/** One mention, as the recipient may see it now. */
export interface RenderedNotice {
  actorName: string;
  seminarName: string;
  readingTitle: string | null;
  /** The passage the post is about (an annotation's quoted words), when it has one. */
  passage: string | null;
  excerpt: string;
  link: string;
}

export interface NoticeMailOptions {
  to: string;
  displayName: string;
  digest: boolean;
  unsubscribeLink: string;
  settingsLink: string;
}

function where(notice: RenderedNotice): string {
  return notice.readingTitle ? `in ${notice.seminarName}, on “${notice.readingTitle}”` : `in ${notice.seminarName}`;
}

/**
 * Mentions by email, one or a day's digest: which seminar, which reading and passage, the words,
 * and a link to open them; the footer's unsubscribe link turns such mail off in one click, as the
 * List-Unsubscribe header does in mail clients (RFC 8058).
 */
export function noticeMail(notices: RenderedNotice[], options: NoticeMailOptions): OutgoingMail {
  const first = notices[0];
  const subject = options.digest
    ? `Glossa: ${notices.length} mention${notices.length === 1 ? '' : 's'} since yesterday`
    : `${first.actorName} mentioned you ${where(first)}`;
  const text = [
    `Hello ${options.displayName},`,
    '',
    ...notices.flatMap((n) => [
      `${n.actorName} mentioned you ${where(n)}:`,
      ...(n.passage ? [`  On the passage: “${n.passage}”`] : []),
      `  “${n.excerpt}”`,
      `  Open it: ${n.link}`,
      '',
    ]),
    `You get this mail because someone mentioned you in Glossa. Choose how often: ${options.settingsLink}`,
    `Unsubscribe in one click: ${options.unsubscribeLink}`,
  ].join('\n');
  const items = notices
    .map(
      (n) => `<div style="margin:0 0 20px">
<p style="margin:0 0 6px"><strong>${escapeHtml(n.actorName)}</strong> mentioned you ${escapeHtml(where(n))}:</p>
${n.passage ? `<p style="margin:0 0 6px;color:#5b6069">On the passage: “${escapeHtml(n.passage)}”</p>` : ''}
<blockquote style="margin:0 0 6px;padding-left:12px;border-left:3px solid #d5d8dc">${escapeHtml(n.excerpt)}</blockquote>
<p style="margin:0"><a href="${escapeHtml(n.link)}" style="color:#22577a">Open it in Glossa</a></p>
</div>`,
    )
    .join('\n');
  return {
    to: options.to,
    subject,
    text,
    html: htmlMessage(
      `<p>Hello ${escapeHtml(options.displayName)},</p>\n${items}${notices.length === 1 ? htmlButton(first.link, 'Open in Glossa') : ''}`,
      `You get this mail because someone mentioned you in Glossa. <a href="${escapeHtml(options.settingsLink)}" style="color:#22577a">Choose how often</a> · <a href="${escapeHtml(options.unsubscribeLink)}" style="color:#22577a">Unsubscribe</a>`,
    ),
    headers: {
      'List-Unsubscribe': `<${options.unsubscribeLink}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
