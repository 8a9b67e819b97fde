import type { CSSProperties } from 'react';
import type { HighlightColor } from '../../gql/graphql';
import { COLORS } from './annotation-labels';
import styles from './ColorPicker.module.css';

export interface ColorPickerProps {
  value: HighlightColor;
  onChange: (color: HighlightColor) => void;
  /** Names the group for assistive technology, e.g. "Highlight colour". */
  label: string;
  tone?: 'light' | 'dark';
}

/** The six highlight colours as a radio group: arrow keys move between them, as in any radio group. */
export function ColorPicker({ value, onChange, label, tone = 'light' }: ColorPickerProps) {
  return (
    <div role="radiogroup" aria-label={label} className={`${styles.picker} ${styles[tone]}`}>
      {COLORS.map((color) => (
        <label key={color.value} className={styles.swatch} title={color.label} style={{ '--swatch': `var(--hl-${color.value})` } as CSSProperties}>
          <input type="radio" name={label} value={color.value} checked={value === color.value} onChange={() => onChange(color.value)} aria-label={color.label} />
          <span aria-hidden="true" />
        </label>
      ))}
    </div>
  );
}
