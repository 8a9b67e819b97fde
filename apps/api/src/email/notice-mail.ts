import { escapeHtml, htmlButton, htmlMessage, OutgoingMail } from '../mail/outgoing-mail';

/** One mention or reply, as the recipient may see it now. */
export interface RenderedNotice {
  kind: 'MENTION' | 'REPLY';
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

const WHY = 'You get this mail because someone mentioned you or replied to you in Glossa.';

function did(notice: RenderedNotice): string {
  return notice.kind === 'REPLY' ? 'replied to you' : 'mentioned you';
}

/** "2 mentions and 1 reply": what a digest holds. */
function counted(notices: RenderedNotice[]): string {
  const mentions = notices.filter((n) => n.kind === 'MENTION').length;
  const replies = notices.length - mentions;
  const parts = [
    ...(mentions ? [`${mentions} mention${mentions === 1 ? '' : 's'}`] : []),
    ...(replies ? [`${replies} repl${replies === 1 ? 'y' : 'ies'}`] : []),
  ];
  return parts.join(' and ');
}

function where(notice: RenderedNotice): string {
  return notice.readingTitle ? `in ${notice.seminarName}, on “${notice.readingTitle}”` : `in ${notice.seminarName}`;
}

/**
 * Mentions and replies by email, one or a day's digest: which seminar, which reading and passage, the words,
 * and a link to open them; the footer's unsubscribe link turns such mail off in one click, as the
 * List-Unsubscribe header does in mail clients (RFC 8058).
 */
export function noticeMail(notices: RenderedNotice[], options: NoticeMailOptions): OutgoingMail {
  const first = notices[0];
  const subject = options.digest
    ? `Glossa: ${counted(notices)} since yesterday`
    : `${first.actorName} ${did(first)} ${where(first)}`;
  const text = [
    `Hello ${options.displayName},`,
    '',
    ...notices.flatMap((n) => [
      `${n.actorName} ${did(n)} ${where(n)}:`,
      ...(n.passage ? [`  On the passage: “${n.passage}”`] : []),
      `  “${n.excerpt}”`,
      `  Open it: ${n.link}`,
      '',
    ]),
    `${WHY} Choose how often: ${options.settingsLink}`,
    `Unsubscribe in one click: ${options.unsubscribeLink}`,
  ].join('\n');
  const items = notices
    .map(
      (n) => `<div style="margin:0 0 20px">
<p style="margin:0 0 6px"><strong>${escapeHtml(n.actorName)}</strong> ${did(n)} ${escapeHtml(where(n))}:</p>
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
      `${WHY} <a href="${escapeHtml(options.settingsLink)}" style="color:#22577a">Choose how often</a> · <a href="${escapeHtml(options.unsubscribeLink)}" style="color:#22577a">Unsubscribe</a>`,
    ),
    headers: {
      'List-Unsubscribe': `<${options.unsubscribeLink}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
