import { ButtonHTMLAttributes, Ref } from 'react';
import styles from './Button.module.css';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'quiet';
  /** React 19 passes a ref as a prop: it reaches the button (to give focus back to it). */
  ref?: Ref<HTMLButtonElement>;
  /** Shown instead of the label while the action runs; the button is then disabled. */
  busyLabel?: string;
  busy?: boolean;
}

export function Button({ variant = 'primary', busy = false, busyLabel, className, children, disabled, type = 'button', ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={[styles.button, styles[variant], className].filter(Boolean).join(' ')}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
    >
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}
