/** One message as Glossa composes it: always plain text and HTML, rendered before it is queued. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

/** The job queue that sends messages (docs/email.md). */
export const MAIL_QUEUE = 'mail';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe inside HTML elements and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * The HTML frame every message shares: one column, system fonts, the web client's ink and accent
 * colours (contrast above 4.5:1 on white), and the footer's small print.
 */
export function htmlMessage(bodyHtml: string, footerHtml: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:24px;background:#ffffff;color:#1d2127;font:16px/1.5 -apple-system,'Segoe UI',Roboto,sans-serif">
<div style="max-width:560px;margin:0 auto">
<p style="font-weight:600;font-size:18px;margin:0 0 16px">Glossa</p>
${bodyHtml}
<hr style="border:0;border-top:1px solid #d5d8dc;margin:24px 0 12px">
<p style="font-size:13px;color:#5b6069;margin:0">${footerHtml}</p>
</div></body></html>`;
}

/** A link drawn as a button in HTML messages. */
export function htmlButton(href: string, label: string): string {
  return `<p style="margin:20px 0"><a href="${escapeHtml(href)}" style="display:inline-block;padding:10px 18px;background:#22577a;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:600">${escapeHtml(label)}</a></p>`;
}
