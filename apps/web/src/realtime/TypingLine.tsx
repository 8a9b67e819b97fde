import styles from './TypingLine.module.css';
import { typingLabel } from './typing-board';
import { useTypists } from './useTyping';

/** "Ama Mensah is typing…" under a thread shown in `room` while others write a reply (nothing otherwise). */
export function TypingLine({ room, threadId }: { room: string | null; threadId: string }) {
  const label = typingLabel(useTypists(room, threadId));
  if (!label) return null;
  return (
    <p className={styles.typing} role="status">
      {label}
    </p>
  );
}
