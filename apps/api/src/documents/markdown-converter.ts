import { Lexer, Token, Tokens } from 'marked';
import { ConvertedDocument } from './converted-document';
import { TextAssembler } from './text-assembler';

/**
 * Markdown as blocks of its plain text: the markup itself is not kept in the reading's text (an
 * annotation quotes words, not asterisks); plain text splits into paragraphs at blank lines.
 */
export function convertMarkdown(source: string, filename: string): ConvertedDocument {
  const assembler = new TextAssembler();
  addTokens(Lexer.lex(source), assembler, 0, null);
  return finish(assembler, filename);
}

export function convertPlainText(source: string, filename: string): ConvertedDocument {
  const assembler = new TextAssembler();
  for (const paragraph of source.split(/\n[^\S\n]*\n/)) assembler.add('PARAGRAPH', paragraph);
  return finish(assembler, filename);
}

function finish(assembler: TextAssembler, filename: string): ConvertedDocument {
  const text = assembler.text;
  const heading = assembler.blocks.find((b) => b.kind === 'HEADING');
  return {
    text,
    structure: { blocks: assembler.blocks, pages: [] },
    metadata: {
      title: heading ? [...text].slice(heading.start, heading.end).join('') : filename.replace(/\.[^.]+$/, ''),
      author: '',
      source: filename,
    },
  };
}

function plain(token: Token): string {
  const children = (token as { tokens?: Token[] }).tokens;
  if (children && children.length > 0) return children.map(plain).join('');
  if (token.type === 'br') return ' ';
  return decode((token as { text?: string }).text ?? token.raw);
}

function decode(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

function addTokens(tokens: Token[], out: TextAssembler, depth: number, inQuote: 'QUOTE' | null): void {
  for (const token of tokens) {
    if (token.type === 'heading') out.add('HEADING', plain(token), (token as Tokens.Heading).depth);
    else if (token.type === 'paragraph' || token.type === 'text' || token.type === 'code')
      out.add(inQuote ?? 'PARAGRAPH', plain(token));
    else if (token.type === 'blockquote') addTokens((token as Tokens.Blockquote).tokens, out, depth, 'QUOTE');
    else if (token.type === 'list')
      for (const item of (token as Tokens.List).items) {
        const nested = item.tokens.filter((t) => t.type === 'list');
        out.add(
          'LIST_ITEM',
          item.tokens
            .filter((t) => t.type !== 'list')
            .map(plain)
            .join(' '),
          depth + 1,
        );
        addTokens(nested, out, depth + 1, null);
      }
    else if (token.type === 'table') out.add('PARAGRAPH', token.raw);
  }
}
