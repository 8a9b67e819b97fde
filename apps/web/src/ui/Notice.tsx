import { ReactNode } from 'react';
import styles from './Notice.module.css';

export interface NoticeProps {
  tone: 'error' | 'success' | 'info';
  children: ReactNode;
  className?: string;
}

/**
 * A message about what just happened. Errors use role="alert" so screen readers announce them at
 * once; other notices are polite status messages.
 */
export function Notice({ tone, children, className }: NoticeProps) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={[styles.notice, styles[tone], className].filter(Boolean).join(' ')}>
      {children}
    </div>
  );
}
