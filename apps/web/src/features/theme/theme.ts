/**
 * The color theme: the person's choice (System, Light or Dark) kept in localStorage, and the `dark`
 * class on <html> that styles.css keys the dark palette on. public/theme.js applies the same rule
 * before the first paint; this module keeps it current (a new choice, the system setting changing).
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

const storageKey = 'roster.theme';
const darkQuery = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();

export function themeChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(storageKey);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

function apply() {
  const choice = themeChoice();
  const dark = choice === 'dark' || (choice === 'system' && window.matchMedia(darkQuery).matches);
  document.documentElement.classList.toggle('dark', dark);
}

export function setThemeChoice(choice: ThemeChoice) {
  try {
    if (choice === 'system') localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, choice);
  } catch {
    // Not remembered where storage is blocked; still applied to this page.
  }
  apply();
  listeners.forEach((listener) => listener());
}

/** For useSyncExternalStore: the toggle re-renders when the choice changes. */
export function subscribeToTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Follows the system setting while the choice is System, and choices made in other tabs. */
export function watchTheme() {
  apply();
  window.matchMedia(darkQuery).addEventListener('change', apply);
  window.addEventListener('storage', (event) => {
    if (event.key !== storageKey) return;
    apply();
    listeners.forEach((listener) => listener());
  });
}
