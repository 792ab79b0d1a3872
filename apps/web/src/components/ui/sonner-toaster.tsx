import { useEffect, useSyncExternalStore } from 'react';
import { Toaster as Sonner, toast } from 'sonner';
import { subscribeToTheme, themeChoice } from '../../features/theme/theme';

/** Sonner's toaster in the page's theme; tells `onReady` once it listens, so no toast is lost. */
export default function SonnerToaster({ onReady }: { onReady: (sonnerToast: typeof toast) => void }) {
  const theme = useSyncExternalStore(subscribeToTheme, themeChoice);
  // Sonner subscribes in its own effect, which runs before this one (children's effects first).
  useEffect(() => onReady(toast), [onReady]);
  return (
    <Sonner
      theme={theme}
      position="bottom-right"
      closeButton
      toastOptions={{
        // Sonner's own (unlayered) styles make its close button 20 px: on touch screens it gets
        // 44 px, which only an !important utility can give it over them.
        classNames: { toast: 'font-sans text-sm', title: 'font-medium', closeButton: 'max-lg:size-11!' },
      }}
    />
  );
}
