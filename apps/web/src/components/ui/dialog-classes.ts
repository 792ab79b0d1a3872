import { cn } from '../../lib/cn';

export const overlayClass =
  'fixed inset-0 z-40 bg-zinc-950/40 backdrop-blur-[1px] animate-overlay-in dark:bg-black/60';

// On a phone the panel spans the width less a margin, scrolls inside when taller than the screen,
// and breaks a long email or name rather than running off its edge.
export const panelBaseClass =
  'fixed top-1/2 left-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto overscroll-contain rounded-xl [overflow-wrap:anywhere] border border-zinc-200 bg-white p-5 shadow-xl outline-none animate-dialog-in sm:p-6';

export const panelClass = cn(panelBaseClass, 'max-w-md');
