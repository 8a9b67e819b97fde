import { PageHeading } from '../../ui/PageHeading';
import { ocrNote } from '../reading-room/page-labels';
import { readingTimeMinutes, wordCount } from './reading-length';
import styles from './ReadingHeader.module.css';
import type { Reading } from './useReading';

/** The reading's title, author, source and size, above its text. */
export function ReadingHeader({ reading }: { reading: Reading }) {
  const text = reading.currentRevision.text;
  const words = wordCount(text);
  const pages = reading.currentRevision.pages;
  const ocr = ocrNote(pages);
  return (
    <header className={styles.header}>
      <PageHeading title={reading.title} className={styles.title}>
        {reading.title}
      </PageHeading>
      {reading.author && <p className={styles.author}>{reading.author}</p>}
      {reading.source && <p className={styles.source}>{sourceContent(reading.source)}</p>}
      <p className={styles.meta}>
        {words.toLocaleString('en')} words · about {readingTimeMinutes(words)} min read
        {pages.length > 0 && <> · {pages.length === 1 ? '1 page' : `${pages.length} pages`}</>}
        {reading.revisionNumber > 1 && <> · revision {reading.revisionNumber}</>}
      </p>
      {ocr && <p className={styles.meta}>{ocr}</p>}
    </header>
  );
}

/** A source that is a web address becomes a link; citations and DOIs in prose stay text. */
function sourceContent(source: string) {
  if (/^https?:\/\/\S+$/.test(source)) {
    return (
      <a href={source} rel="noreferrer noopener" target="_blank">
        {source}
      </a>
    );
  }
  return source;
}
