import { KeyboardEvent, Ref, useId, useMemo, useRef, useState } from 'react';
import { insertMention, matchMembers, Mentionable, mentionQueryAt, MentionQuery } from './mention-query';
import styles from './MentionTextarea.module.css';

export interface MentionTextareaProps {
  value: string;
  onChange: (value: string) => void;
  /** Offered after `@`; null: a plain text box (where mentions are not offered). */
  members: readonly Mentionable[] | null;
  label: string;
  placeholder?: string;
  /** Ctrl/⌘+Enter. */
  onSubmit?: () => void;
  /** Escape (when no member list is open). */
  onCancel?: () => void;
  autoFocus?: boolean;
  textareaRef?: Ref<HTMLTextAreaElement>;
  rows?: number;
}

/**
 * A Markdown text box that offers seminar members after `@` (when given members): arrow keys choose, Enter or Tab
 * inserts the API's mention markup, Escape closes the list.
 */
export function MentionTextarea({
  value,
  onChange,
  members,
  label,
  placeholder,
  onSubmit,
  onCancel,
  autoFocus,
  textareaRef,
  rows = 3,
}: MentionTextareaProps) {
  const id = useId();
  const ownRef = useRef<HTMLTextAreaElement | null>(null);
  const [mention, setMention] = useState<MentionQuery | null>(null);
  const [highlighted, setHighlighted] = useState(0);
  const matches = useMemo(() => (mention && members ? matchMembers(members, mention.query) : []), [mention, members]);
  const open = mention !== null && matches.length > 0;

  function update(text: string, caret: number) {
    onChange(text);
    setMention(mentionQueryAt(text, caret));
    setHighlighted(0);
  }

  function choose(member: Mentionable) {
    const el = ownRef.current;
    if (!mention || !el) return;
    const next = insertMention(value, mention, el.selectionStart, member);
    onChange(next.text);
    setMention(null);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(next.caret, next.caret);
    });
  }

  function handleKey(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setHighlighted((h) => (h + step + matches.length) % matches.length);
    } else if (open && (event.key === 'Enter' || event.key === 'Tab')) {
      event.preventDefault();
      choose(matches[highlighted]);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        event.stopPropagation();
        setMention(null);
      } else if (onCancel) {
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && onSubmit) {
      event.preventDefault();
      onSubmit();
    }
  }

  const setRefs = (el: HTMLTextAreaElement | null) => {
    ownRef.current = el;
    if (typeof textareaRef === 'function') textareaRef(el);
    else if (textareaRef) textareaRef.current = el;
  };

  return (
    <div className={styles.wrap}>
      <label htmlFor={id} className={styles.visuallyHidden}>
        {label}
      </label>
      <textarea
        ref={setRefs}
        id={id}
        className={styles.textarea}
        value={value}
        rows={rows}
        placeholder={placeholder}
        // Opened on purpose by the person (Comment, Reply, Edit), to type at once.
        autoFocus={autoFocus}
        onChange={(e) => update(e.target.value, e.target.selectionStart)}
        onKeyDown={handleKey}
        onBlur={() => setTimeout(() => setMention(null), 150)}
        // A plain text box where no members are offered: a combobox would promise a list that never comes.
        {...(members
          ? {
              'aria-autocomplete': 'list' as const,
              'aria-controls': open ? `${id}-members` : undefined,
              'aria-expanded': open,
              'aria-activedescendant': open ? `${id}-member-${highlighted}` : undefined,
              role: 'combobox',
            }
          : {})}
      />
      {open && (
        <ul id={`${id}-members`} role="listbox" aria-label="Mention a member" className={styles.list}>
          {matches.map((member, i) => (
            <li
              key={member.id}
              id={`${id}-member-${i}`}
              role="option"
              aria-selected={i === highlighted}
              className={styles.option}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(member);
              }}
            >
              @{member.displayName}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
