import { lazy, Suspense, useSyncExternalStore } from 'react';
import type { toast as SonnerToast } from 'sonner';

/**
 * Toasts, loaded on the first one: sonner is not part of what a page needs to render (the sign-in
 * page's budget). Calls made before it has loaded wait in order and are shown once it listens.
 */
type Show = (sonnerToast: typeof SonnerToast) => void;

let ready: typeof SonnerToast | null = null;
let waiting: Show[] = [];
let wanted = false;
const listeners = new Set<() => void>();

function show(call: Show) {
  if (ready) return call(ready);
  waiting.push(call);
  if (wanted) return;
  wanted = true;
  for (const listener of listeners) listener();
}

function onReady(sonnerToast: typeof SonnerToast) {
  ready = sonnerToast;
  for (const call of waiting) call(sonnerToast);
  waiting = [];
}

type Args<K extends 'success' | 'error' | 'info' | 'warning'> = Parameters<(typeof SonnerToast)[K]>;

export const toast = {
  success: (...args: Args<'success'>) => show((sonner) => sonner.success(...args)),
  error: (...args: Args<'error'>) => show((sonner) => sonner.error(...args)),
  info: (...args: Args<'info'>) => show((sonner) => sonner.info(...args)),
  warning: (...args: Args<'warning'>) => show((sonner) => sonner.warning(...args)),
};

const SonnerToaster = lazy(() => import('./sonner-toaster'));

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Where confirmations and background errors appear: mounted with the first toast. */
export function Toaster() {
  const isWanted = useSyncExternalStore(subscribe, () => wanted);
  if (!isWanted) return null;
  return (
    <Suspense fallback={null}>
      <SonnerToaster onReady={onReady} />
    </Suspense>
  );
}
