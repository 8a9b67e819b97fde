import { relativeTime } from './relative-time';

// One formatter for the page: `toLocaleString` with options builds a new one per call, which a
// reading with a thousand cards and replies pays for on every render (bench/web).
const EXACT = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** A timestamp said the way people say it, with the exact time on hover. */
export function RelativeTime({ iso, prefix }: { iso: string; prefix?: string }) {
  const exact = EXACT.format(new Date(iso));
  return (
    <time dateTime={iso} title={exact}>
      {prefix}
      {relativeTime(iso)}
    </time>
  );
}
