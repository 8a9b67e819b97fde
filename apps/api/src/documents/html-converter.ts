import { Readability } from '@mozilla/readability';
import { importEsm } from './esm-import';
import { BlockKind } from '../readings/reading-structure';
import { ConvertedDocument } from './converted-document';
import { TextAssembler } from './text-assembler';
import { normaliseGlyphs } from './text-cleaning';

type Linkedom = typeof import('linkedom');

/** linkedom's CommonJS build requires ES-only modules, so it is imported as an ES module (esm-import.ts). */
async function parseHTML(html: string): Promise<ReturnType<Linkedom['parseHTML']>> {
  return (await importEsm<Linkedom>('linkedom')).parseHTML(html);
}

const HEADINGS: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };
const CONTAINERS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'BODY',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'UL',
  'OL',
  'FIGURE',
  'TABLE',
  'TBODY',
  'THEAD',
  'TR',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'SVG', 'IFRAME']);

interface HtmlNode {
  nodeType: number;
  tagName?: string;
  textContent: string | null;
  childNodes: ArrayLike<HtmlNode>;
  getAttribute?(name: string): string | null;
}

/**
 * Walks HTML into blocks: headings, paragraphs, list items (nested depth as level), block quotes,
 * and footnotes (Word's footnote list as mammoth writes it, `li[id^=footnote]`, or elements of
 * class "footnote"). Text outside a block element becomes a paragraph of its own.
 */
export function htmlToBlocks(root: HtmlNode, assembler: TextAssembler): void {
  walk(root, assembler, 0, null);
}

function walk(node: HtmlNode, out: TextAssembler, depth: number, inherited: BlockKind | null): void {
  let loose = '';
  const flushLoose = () => {
    if (loose.trim()) out.add(inherited ?? 'PARAGRAPH', normaliseGlyphs(loose));
    loose = '';
  };
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      loose += child.textContent ?? '';
      continue;
    }
    if (child.nodeType !== 1 || !child.tagName) continue;
    const tag = child.tagName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    const id = child.getAttribute?.('id') ?? '';
    const className = child.getAttribute?.('class') ?? '';
    if (tag in HEADINGS) {
      flushLoose();
      out.add('HEADING', normaliseGlyphs(child.textContent ?? ''), HEADINGS[tag]);
    } else if (tag === 'LI') {
      flushLoose();
      const footnote = /^footnote|^fn/.test(id) || /footnote/.test(className);
      if (footnote) out.add('FOOTNOTE', normaliseGlyphs(withoutBackLinks(child)));
      else listItem(child, out, depth + 1);
    } else if (tag === 'BLOCKQUOTE') {
      flushLoose();
      walk(child, out, depth, 'QUOTE');
    } else if (/footnote/.test(className)) {
      flushLoose();
      out.add('FOOTNOTE', normaliseGlyphs(child.textContent ?? ''));
    } else if (tag === 'P' || tag === 'PRE' || tag === 'TD' || tag === 'TH' || tag === 'FIGCAPTION') {
      flushLoose();
      out.add(inherited ?? 'PARAGRAPH', normaliseGlyphs(child.textContent ?? ''));
    } else if (CONTAINERS.has(tag)) {
      flushLoose();
      walk(child, out, tag === 'UL' || tag === 'OL' ? depth : depth, inherited);
    } else if (tag === 'BR') {
      loose += ' ';
    } else {
      loose += child.textContent ?? '';
    }
  }
  flushLoose();
}

/** A list item's own text as one block, its nested lists as deeper items after it. */
function listItem(item: HtmlNode, out: TextAssembler, depth: number): void {
  let own = '';
  const nested: HtmlNode[] = [];
  for (const child of Array.from(item.childNodes)) {
    const tag = child.tagName?.toUpperCase();
    if (tag === 'UL' || tag === 'OL') nested.push(child);
    else own += child.textContent ?? '';
  }
  out.add('LIST_ITEM', normaliseGlyphs(own), depth);
  for (const list of nested) walk(list, out, depth, null);
}

/** A footnote's text without the "↑" link back to its reference. */
function withoutBackLinks(item: HtmlNode): string {
  return (item.textContent ?? '').replace(/\s*↑\s*$/, '');
}

/** An HTML document's main text (Readability finds the article), with its title, byline and site. */
export async function convertWebPage(html: string, source: string): Promise<ConvertedDocument> {
  const { document } = await parseHTML(html);
  const article = new Readability(document as unknown as Document, { charThreshold: 0 }).parse();
  const assembler = new TextAssembler();
  if (article?.content) {
    const { document: content } = await parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    htmlToBlocks(content.body as unknown as HtmlNode, assembler);
  } else {
    htmlToBlocks(document.body as unknown as HtmlNode, assembler);
  }
  return {
    text: assembler.text,
    structure: { blocks: assembler.blocks, pages: [] },
    metadata: {
      title: (article?.title || document.title || '').trim(),
      author: (article?.byline || '').trim(),
      source: article?.siteName ? `${article.siteName}, ${source}` : source,
    },
  };
}

/** An HTML fragment (mammoth's output) as blocks. */
export async function convertHtmlFragment(
  html: string,
): Promise<{ text: string; blocks: TextAssembler['blocks']; firstHeading: string }> {
  const { document } = await parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const assembler = new TextAssembler();
  htmlToBlocks(document.body as unknown as HtmlNode, assembler);
  const text = assembler.text;
  const heading = assembler.blocks.find((b) => b.kind === 'HEADING');
  return {
    text,
    blocks: assembler.blocks,
    firstHeading: heading ? [...text].slice(heading.start, heading.end).join('') : '',
  };
}
