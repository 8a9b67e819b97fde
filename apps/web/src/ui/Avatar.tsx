import type { CSSProperties } from 'react';
import styles from './Avatar.module.css';

/** A person's initials on a colour of their own (stable per id), as the seminar sees them everywhere. */
export function Avatar({ id, name, size = 'md' }: { id: string; name: string; size?: 'sm' | 'md' }) {
  return (
    <span className={`${styles.avatar} ${styles[size]}`} style={{ '--avatar-hue': hueOf(id) } as CSSProperties} aria-hidden="true">
      {initials(name)}
    </span>
  );
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((p) => p[0]?.toUpperCase() ?? '').join('');
}

function hueOf(id: string): number {
  let hash = 0;
  for (let i = 0; i < id.length; i += 1) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return hash % 360;
}
