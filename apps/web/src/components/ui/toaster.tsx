import { Toaster as Sonner } from 'sonner';

export { toast } from 'sonner';

/** Where confirmations and background errors appear. */
export function Toaster() {
  return (
    <Sonner
      position="bottom-right"
      closeButton
      toastOptions={{ classNames: { toast: 'font-sans text-sm', title: 'font-medium' } }}
    />
  );
}
