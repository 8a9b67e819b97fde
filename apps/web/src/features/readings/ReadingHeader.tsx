import { PageHeading } from '../../ui/PageHeading';
import { readingTimeMinutes, wordCount } from './reading-length';
import styles from './ReadingHeader.module.css';
import type { Reading } from './useReading';

/** The reading's title, author, source and size, above its text. */
export function ReadingHeader({ reading }: { reading: Reading }) {
  const text = reading.currentRevision.text;
  const words = wordCount(text);
  return (
    <header className={styles.header}>
      <PageHeading title={reading.title} className={styles.title}>
        {reading.title}
      </PageHeading>
      {reading.author && <p className={styles.author}>{reading.author}</p>}
      {reading.source && <p className={styles.source}>{sourceContent(reading.source)}</p>}
      <p className={styles.meta}>
        {words.toLocaleString('en')} words · about {readingTimeMinutes(words)} min read
        {reading.revisionNumber > 1 && <> · revision {reading.revisionNumber}</>}
      </p>
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
