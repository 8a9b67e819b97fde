import type { ExportFormat } from '../../gql/graphql';

export interface ExportChoice {
  format: ExportFormat;
  label: string;
  hint: string;
  /** Markdown is one reading's discussion, for reading and printing. */
  readingOnly: boolean;
}

export const EXPORT_CHOICES: readonly ExportChoice[] = [
  {
    format: 'WEB_ANNOTATION',
    label: 'W3C Web Annotation (JSON-LD)',
    hint: 'The open standard; Glossa and other annotation tools import it.',
    readingOnly: false,
  },
  {
    format: 'HYPOTHESIS',
    label: 'Hypothesis JSON',
    hint: 'The shape of the Hypothesis API.',
    readingOnly: false,
  },
  {
    format: 'MARKDOWN',
    label: 'Discussion as Markdown',
    hint: 'The reading’s threads as a document to read or print; not for importing.',
    readingOnly: true,
  },
];

export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** "3 annotations and 1 reply". */
export function postCounts(annotations: number, replies: number): string {
  return `${plural(annotations, 'annotation')} and ${plural(replies, 'reply', 'replies')}`;
}
