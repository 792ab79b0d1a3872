import { useSyncExternalStore } from 'react';
import { Toaster as Sonner } from 'sonner';
import { subscribeToTheme, themeChoice } from '../../features/theme/theme';

export { toast } from 'sonner';

/** Where confirmations and background errors appear, in the page's theme. */
export function Toaster() {
  const theme = useSyncExternalStore(subscribeToTheme, themeChoice);
  return (
    <Sonner
      theme={theme}
      position="bottom-right"
      closeButton
      toastOptions={{ classNames: { toast: 'font-sans text-sm', title: 'font-medium' } }}
    />
  );
}
