import { AnchorStatus, Motivation, Visibility } from '../annotations/annotation-kinds';
import { ExchangeDocument, ExchangePost, ExchangeReply, repliesByParent } from './exchange-document';

export interface DiscussionMeta {
  seminarName: string;
  revisionNumber: number;
  generated: Date;
}

const MOTIVATION_LABEL: Record<Motivation, string> = {
  [Motivation.highlighting]: 'Highlight',
  [Motivation.commenting]: 'Comment',
  [Motivation.questioning]: 'Question',
};

/**
 * A reading's discussion as Markdown: each annotated passage as a blockquote, in text order, with
 * the annotation below it and its replies as a nested list (a reply's Markdown is indented under
 * its list item, so it keeps its paragraphs and lists). Passages a revision cut loose come last.
 * The document has one reading; quoted text and names are escaped, bodies are the members' Markdown.
 */
export function renderDiscussionMarkdown(doc: ExchangeDocument, meta: DiscussionMeta): string {
  const reading = doc.readings[0];
  const lines: string[] = [`# ${escapeInline(reading?.title ?? 'Reading')}`, ''];
  const about = [reading?.author, reading?.source].filter((x): x is string => !!x).map(escapeInline);
  if (about.length) lines.push(about.join(' · '), '');
  lines.push(
    `*Discussion in ${escapeInline(meta.seminarName)}, revision ${meta.revisionNumber}, exported ${meta.generated.toISOString().slice(0, 10)}.*`,
    '',
  );
  const children = repliesByParent(doc.replies);
  const anchored = doc.annotations.filter((a) => a.anchorStatus !== AnchorStatus.orphaned);
  const orphaned = doc.annotations.filter((a) => a.anchorStatus === AnchorStatus.orphaned);
  if (doc.annotations.length === 0) lines.push('*No annotations yet.*', '');
  for (const [section, list] of [
    [null, anchored],
    ['Passages no longer in the text', orphaned],
  ] as const) {
    if (list.length === 0) continue;
    if (section) lines.push(`## ${section}`, '');
    for (const annotation of list) {
      lines.push('---', '');
      const quote = annotation.quote?.exact ?? '';
      for (const line of quote.split('\n')) lines.push(`> ${escapeInline(line)}`);
      lines.push('');
      const tags = annotation.tags.map((t) => `\`#${t}\``).join(' ');
      const privacy = annotation.visibility === Visibility.PRIVATE ? ' · *private*' : '';
      lines.push(
        `**${MOTIVATION_LABEL[annotation.motivation]}** by ${byline(annotation)}${privacy}${tags ? ` · ${tags}` : ''}`,
        '',
      );
      if (annotation.deleted) lines.push('*(deleted)*', '');
      else if (annotation.body) lines.push(annotation.body, '');
      const thread = renderReplies(children, annotation.id, 0);
      if (thread.length) lines.push(...thread, '');
    }
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function renderReplies(children: Map<string, ExchangeReply[]>, parent: string, depth: number): string[] {
  const lines: string[] = [];
  const indent = '  '.repeat(depth);
  for (const reply of children.get(parent) ?? []) {
    lines.push(`${indent}- ${byline(reply)}:`);
    const body = reply.deleted ? '*(deleted)*' : reply.body;
    // Continuation lines of a list item are indented to its content, so the body stays inside it.
    for (const line of ['', ...body.split('\n')]) lines.push(line ? `${indent}  ${line}` : '');
    lines.push('');
    lines.push(...renderReplies(children, reply.id, depth + 1));
  }
  return lines;
}

function byline(post: ExchangePost): string {
  const name = escapeInline(post.creator.name ?? 'Someone');
  const when = post.created ? `, ${post.created.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
  const edited = post.modified ? ' (edited)' : '';
  const original = post.originalAuthor ? ` (imported; originally by ${escapeInline(post.originalAuthor)})` : '';
  return `**${name}**${when}${edited}${original}`;
}

/**
 * Reading text and names are plain text: the Markdown punctuation in them is shown, not obeyed.
 * Emphasis, code, links, HTML, tables and strike-through marks are escaped anywhere; heading, list
 * and quote marks only where they would start a block.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
