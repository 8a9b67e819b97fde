import { relativeTime } from './relative-time';

/** A timestamp said the way people say it, with the exact time on hover. */
export function RelativeTime({ iso, prefix }: { iso: string; prefix?: string }) {
  const exact = new Date(iso).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <time dateTime={iso} title={exact}>
      {prefix}
      {relativeTime(iso)}
    </time>
  );
}
