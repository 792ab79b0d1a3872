import { X } from 'lucide-react';
import { Dialog as D } from 'radix-ui';
import type { ReactNode } from 'react';
import { focusRing } from './button';
import { cn } from '../../lib/cn';

export const overlayClass = 'fixed inset-0 z-40 bg-zinc-950/40 backdrop-blur-[1px] animate-overlay-in';
const panelBaseClass =
  'fixed top-1/2 left-1/2 z-50 max-h-[calc(100vh-2rem)] w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl border border-zinc-200 bg-white p-6 shadow-xl outline-none animate-dialog-in';
export const panelClass = cn(panelBaseClass, 'max-w-md');
const sizes = { md: 'max-w-md', lg: 'max-w-xl' } as const;

interface DialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description?: ReactNode;
  /** The panel's width: `md` (the default) or a wider `lg` for dialogs with more to show. */
  size?: keyof typeof sizes;
  children: ReactNode;
}

/** A modal dialog (Radix): focus is trapped inside, Esc and the ✕ close it. */
export function Dialog({ open, onOpenChange, title, description, size = 'md', children }: DialogProps) {
  return (
    <D.Root open={open} onOpenChange={onOpenChange}>
      <D.Portal>
        <D.Overlay className={overlayClass} />
        <D.Content
          className={cn(panelBaseClass, sizes[size])}
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <D.Title className="pr-8 text-lg font-semibold text-zinc-900">{title}</D.Title>
          {description && <D.Description className="mt-1 text-sm text-zinc-500">{description}</D.Description>}
          <div className="mt-5">{children}</div>
          <D.Close
            aria-label="Close"
            className={cn(
              'absolute top-4 right-4 rounded-md p-1 text-zinc-400 hover:bg-zinc-100 hover:text-zinc-700',
              focusRing,
            )}
          >
            <X aria-hidden className="size-4" />
          </D.Close>
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}

export function DialogFooter({ children }: { children: ReactNode }) {
  return <div className="mt-6 flex justify-end gap-3">{children}</div>;
}
