import type { SVGProps } from 'react';

/** Line icons on a 20×20 grid, drawn in currentColor; decorative unless given a title. */
const PATHS = {
  highlight: 'M4 16h5M12.5 3.5l4 4-7.5 7.5H5v-4z M10.5 5.5l4 4',
  comment: 'M4 4.5h12a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H9l-4 3v-3H4a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1z',
  question: 'M7.5 7.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.6v.6 M10 14.8v.2 M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16z',
  cite: 'M3 10h14M10 3l-7 7 7 7 M14 5v10',
  quote: 'M4 5.5h4.5v4.5c0 2.5-1.5 4-4 4.5 M11.5 5.5H16v4.5c0 2.5-1.5 4-4 4.5',
  flag: 'M4.5 18V3 M4.5 3.5h10l-2 3.5 2 3.5h-10',
  shield: 'M10 2.5 3.5 5v4.5c0 4 2.8 6.9 6.5 8 3.7-1.1 6.5-4 6.5-8V5z',
  lock: 'M6 9V6.5a4 4 0 0 1 8 0V9 M4.5 9h11v8h-11z',
  globe: 'M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16z M2 10h16 M10 2c2.2 2.2 3.2 5 3.2 8s-1 5.8-3.2 8c-2.2-2.2-3.2-5-3.2-8s1-5.8 3.2-8z',
  bell: 'M5 13.5V9a5 5 0 0 1 10 0v4.5l1.5 2h-13z M8.3 17.5a1.8 1.8 0 0 0 3.4 0',
  reply: 'M8 5 3 9.5 8 14 M3.5 9.5H12a5 5 0 0 1 5 5v1',
  edit: 'M13 3.5l3.5 3.5L7 16.5H3.5V13z',
  trash: 'M4 6h12 M8 6V4h4v2 M5.5 6l.8 10.5h7.4L14.5 6',
  filter: 'M3 4.5h14l-5.5 6.5v5l-3 1.5v-6.5z',
  close: 'M5 5l10 10M15 5 5 15',
  chevronUp: 'M5 12.5l5-5 5 5',
  chevronDown: 'M5 7.5l5 5 5-5',
  orphan: 'M10 3v8 M10 14.5v.5 M2.5 17h15L10 2.5z',
  check: 'M4 10.5l4 4 8-9',
  agree: 'M6.5 9v8h-3V9z M6.5 9l3-6.2c1.2 0 2.1.9 2.1 2.1V8h4.1a1.5 1.5 0 0 1 1.5 1.8l-1.2 5.9a1.6 1.6 0 0 1-1.6 1.3H6.5',
  disagree: 'M6.5 11V3h-3v8z M6.5 11l3 6.2c1.2 0 2.1-.9 2.1-2.1V12h4.1a1.5 1.5 0 0 0 1.5-1.8l-1.2-5.9A1.6 1.6 0 0 0 13.4 3H6.5',
  insightful: 'M7.8 14.2h4.4 M8.4 17h3.2 M10 2.6a5.2 5.2 0 0 0-3.1 9.4c.6.5.9 1.2.9 2.2h4.4c0-1 .3-1.7.9-2.2A5.2 5.2 0 0 0 10 2.6z',
  sameQuestion: 'M8 7.2a2.2 2.2 0 1 1 3 2c-.6.3-.9.8-.9 1.4v.4 M10 13.6v.2 M15.5 3.5v4 M13.5 5.5h4 M12 2.4A7.8 7.8 0 1 0 17.6 8',
} as const;

export type IconName = keyof typeof PATHS;

export interface IconProps extends Omit<SVGProps<SVGSVGElement>, 'name'> {
  name: IconName;
  size?: number;
  /** Without a title the icon is hidden from assistive technology (its button has a label). */
  title?: string;
}

export function Icon({ name, size = 18, title, ...rest }: IconProps) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden={title ? undefined : true}
      role={title ? 'img' : undefined}
      focusable="false"
      {...rest}
    >
      {title && <title>{title}</title>}
      <path d={PATHS[name]} />
    </svg>
  );
}
