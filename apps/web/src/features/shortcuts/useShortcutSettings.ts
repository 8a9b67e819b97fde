import { useSyncExternalStore } from 'react';
import { parseShortcuts, ShortcutSettings } from './shortcut-settings';

const STORAGE_KEY = 'glossa.shortcuts';
const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: ShortcutSettings = parseShortcuts(null);

function read(): ShortcutSettings {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage refused: the defaults apply.
  }
  // One object per stored value, so useSyncExternalStore sees no change where there is none.
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = parseShortcuts(raw);
  }
  return cached;
}

export function saveShortcuts(settings: ShortcutSettings): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Not remembered; the page keeps what it had.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab may change them.
  const onStorage = (event: StorageEvent) => event.key === STORAGE_KEY && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** This device's shortcut settings, re-rendering when they change. */
export function useShortcutSettings(): ShortcutSettings {
  return useSyncExternalStore(subscribe, read);
}
