import { Button } from './Button';
import { chooseTheme, useTheme } from './theme';

/** "Dark theme", pressed or not: switches the theme and remembers the choice on this device. */
export function ThemeToggle({ className }: { className?: string }) {
  const theme = useTheme();
  const dark = theme === 'dark';
  return (
    <Button variant="quiet" className={className} aria-pressed={dark} onClick={() => chooseTheme(dark ? 'light' : 'dark')}>
      Dark theme
    </Button>
  );
}
