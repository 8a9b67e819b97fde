import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * What a post's HTML may contain: text formatting, lists, quotes, code, tables and links — nothing
 * that runs (no script, no event handlers, no javascript: or data: URLs, no styles, no frames, no
 * images that could track readers).
 */
const POLICY: sanitizeHtml.IOptions = {
  allowedTags: [
    'span',
    'p',
    'br',
    'strong',
    'em',
    'del',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'sup',
    'sub',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
    span: ['class', 'data-user-id'],
  },
  allowedClasses: { span: ['mention'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    // Headings of a comment never outrank the page's own.
    h1: 'h3',
    h2: 'h4',
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow ugc', target: '_blank' }),
  },
};

/** `@[Display Name](user:<uuid>)`, as the composer inserts when a member is picked. */
export const MENTION = /@\[([^\]\n]{1,80})\]\(user:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;

/** The people a body mentions, by user id (each once). */
export function mentionedUserIds(source: string): string[] {
  return [...new Set([...source.matchAll(MENTION)].map((m) => m[2].toLowerCase()))];
}

/** Renders a Markdown body to HTML that is safe to insert into the page as it is. */
export function renderMarkdown(source: string): string {
  const withMentions = source.replace(
    MENTION,
    (_, name: string, id: string) => `<span class="mention" data-user-id="${id}">@${escapeText(name)}</span>`,
  );
  const html = marked.parse(withMentions, { async: false, gfm: true, breaks: true });
  return sanitizeHtml(html, {
    ...POLICY,
    allowedAttributes: { ...POLICY.allowedAttributes, a: ['href', 'title', 'rel', 'target'] },
  });
}

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
