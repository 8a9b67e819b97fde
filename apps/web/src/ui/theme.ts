import { useSyncExternalStore } from 'react';

/**
 * The colour theme (docs/accessibility.md): the person's own choice, remembered on this device,
 * or — until they make one — what the system asks for (`prefers-color-scheme`). The resolved
 * theme is written to `<html data-theme>`, which the tokens in styles.css follow.
 */
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'glossa.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();

function chosenTheme(): Theme | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : null;
  } catch {
    // Storage can be refused (private modes, policies): the system's preference still applies.
    return null;
  }
}

function resolvedTheme(): Theme {
  return chosenTheme() ?? (window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light');
}

function apply(): void {
  document.documentElement.dataset['theme'] = resolvedTheme();
  listeners.forEach((listener) => listener());
}

/** Applies the theme before the first render and follows the system's preference while no choice is made. */
export function startTheme(): void {
  apply();
  window.matchMedia(DARK_QUERY).addEventListener('change', apply);
  // Another tab may change the choice.
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) apply();
  });
}

export function chooseTheme(theme: Theme): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Not remembered, but still applied for this page.
  }
  document.documentElement.dataset['theme'] = theme;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The theme in force, re-rendering when it changes. */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, () => (document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'light'));
}
