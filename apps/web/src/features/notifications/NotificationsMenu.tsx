import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Icon } from '../../ui/Icon';
import { RelativeTime } from '../../ui/RelativeTime';
import styles from './NotificationsMenu.module.css';
import { NotificationItem, notificationHref, useNotifications } from './useNotifications';
import { useUnreadNotificationCount } from './useUnreadNotificationCount';

/** The bell in the top bar: how many mentions and replies are unread, and the list, each leading to its words. */
export function NotificationsMenu() {
  const [open, setOpen] = useState(false);
  const { count, refresh } = useUnreadNotificationCount();
  const { items, error, markRead } = useNotifications(open, refresh);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        rootRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div ref={rootRef} className={styles.root}>
      <button
        type="button"
        className={styles.bell}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={count > 0 ? `Notifications, ${count} unread` : 'Notifications'}
        onClick={() => setOpen((o) => !o)}
      >
        <Icon name="bell" size={19} />
        {count > 0 && (
          <span className={styles.badge} data-testid="unread-count">
            {count > 99 ? '99+' : count}
          </span>
        )}
      </button>
      {open && (
        <div id={panelId} className={styles.panel} role="region" aria-label="Notifications">
          <div className={styles.head}>
            <h2 className={styles.title}>Mentions and replies</h2>
            {count > 0 && (
              <button type="button" className={styles.markAll} onClick={() => void markRead()}>
                Mark all read
              </button>
            )}
          </div>
          {error && <p className={styles.empty}>{error}</p>}
          {!items && !error && <p className={styles.empty}>Loading…</p>}
          {items && items.length === 0 && (
            <p className={styles.empty}>Nothing yet. When someone @mentions you or replies to you, it shows up here.</p>
          )}
          {items && items.length > 0 && (
            <ul className={styles.list}>
              {items.map((item) => (
                <li key={item.id}>
                  <Link
                    to={notificationHref(item)}
                    className={styles.item}
                    data-unread={!item.read || undefined}
                    onClick={() => {
                      setOpen(false);
                      if (!item.read) void markRead([item.id]);
                    }}
                  >
                    <span className={styles.what}>
                      {!item.read && <span className={styles.dot} aria-label="Unread" />}
                      {whatHappened(item)}
                      <span className={styles.when}>
                        · <RelativeTime iso={item.createdAt} />
                      </span>
                    </span>
                    <span className={styles.excerpt}>{item.excerpt}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <p className={styles.foot}>
            <Link to="/email-preferences" onClick={() => setOpen(false)}>
              Email about mentions and replies
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}

function whatHappened(item: Pick<NotificationItem, 'kind' | 'subjectType'>): string {
  if (item.kind === 'REPLY') return 'Replied to you';
  return `Mentioned you in ${item.subjectType === 'reply' ? 'a reply' : 'an annotation'}`;
}
