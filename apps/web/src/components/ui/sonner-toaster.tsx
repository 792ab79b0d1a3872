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
        // Sonner's own (unlayered) styles make its close button a 20 px disc on the toast's corner;
        // on touch screens it is a 44 px target inside the toast's top right corner instead (only
        // !important utilities win over those styles), with the text kept clear of it.
        classNames: {
          toast: 'font-sans text-sm max-lg:pr-12!',
          title: 'font-medium',
          closeButton:
            'max-lg:size-11! max-lg:right-0! max-lg:left-auto! max-lg:transform-none! max-lg:rounded-lg! max-lg:border-0! max-lg:bg-transparent!',
        },
      }}
    />
  );
}
