import { memo, useMemo } from 'react';
import { splitReadingIntoBlocks } from './reading-blocks';
import styles from './ReadingText.module.css';

export interface ReadingTextProps {
  text: string;
}

/**
 * The reading's exact text in readable blocks. Each block carries `data-offset`, the index in the
 * text where it starts, and its text nodes hold exactly `text.slice(start, end)` — the separating
 * whitespace sits in a hidden span — so a DOM position maps back to a text offset by adding the
 * characters before it inside its block. Annotations will be anchored through that mapping.
 */
export const ReadingText = memo(function ReadingText({ text }: ReadingTextProps) {
  const blocks = useMemo(() => splitReadingIntoBlocks(text), [text]);
  return (
    <div className={styles.text} data-reading-text="" data-length={text.length}>
      {blocks.map((block) => (
        <p key={block.start} className={styles.block} data-offset={block.start}>
          {text.slice(block.start, block.contentEnd)}
          {block.end > block.contentEnd && <span className={styles.separator}>{text.slice(block.contentEnd, block.end)}</span>}
        </p>
      ))}
    </div>
  );
});
