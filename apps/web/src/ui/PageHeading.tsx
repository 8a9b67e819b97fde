import { ReactNode, useEffect, useRef } from 'react';
import styles from './PageHeading.module.css';

/** False until the first page heading has mounted: the initial page load keeps the browser's focus. */
let appHasNavigated = false;

export interface PageHeadingProps {
  children: ReactNode;
  /** The document title, without the " · Glossa" suffix. */
  title: string;
  className?: string;
}

/**
 * The page's one h1. It names the browser tab and takes focus when a client-side navigation lands
 * on it, so keyboard and screen-reader users start on the new page rather than on the old link.
 */
export function PageHeading({ children, title, className }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Glossa`;
  }, [title]);
  useEffect(() => {
    if (appHasNavigated) ref.current?.focus();
    appHasNavigated = true;
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={[styles.heading, className].filter(Boolean).join(' ')}>
      {children}
    </h1>
  );
}
