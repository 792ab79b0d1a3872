import { X } from 'lucide-react';
import { Dialog as D } from 'radix-ui';
import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { Button, focusRing, type ButtonProps } from './button';
import { panelBaseClass, overlayClass } from './dialog-classes';
import { DiscardConfirm } from './discard-confirm';
import { useFocusReturn } from './focus-return';
import { cn } from '../../lib/cn';

const sizes = { md: 'max-w-md', lg: 'max-w-xl' } as const;

const DirtyContext = createContext<(dirty: boolean) => void>(() => {});

/**
 * Marks the dialog around a form as holding unsaved input (e.g. `useDialogDirty(formState.isDirty)`):
 * closing it then asks first, as the `dirty` prop does.
 *
 * The dialog keeps the answer in a ref, written by a layout effect: in the same commit as the
 * keystroke's render, before the browser handles its next input. Through state (an effect, then a
 * second render scheduled as a task) a busy Chrome ran a queued Esc first, and the dialog closed
 * without asking.
 */
export function useDialogDirty(dirty: boolean) {
  const report = useContext(DirtyContext);
  useLayoutEffect(() => {
    report(dirty);
    return () => report(false);
  }, [dirty, report]);
}

interface DialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description?: ReactNode;
  /** The panel's width: `md` (the default) or a wider `lg` for dialogs with more to show. */
  size?: keyof typeof sizes;
  /**
   * Unsaved input: Esc, a click outside, ✕ and DialogCancel then ask "Discard?" before closing.
   * (A Cancel button that calls onOpenChange(false) itself skips the question: use DialogCancel.)
   */
  dirty?: boolean;
  /** The question asked before discarding, e.g. "Discard this invitation?". */
  discardTitle?: string;
  children: ReactNode;
}

/**
 * A modal dialog (Radix): focus is trapped inside, Esc and the ✕ close it, and focus goes back to
 * whatever opened it (a button, or the trigger of the menu whose item opened it): see focus-return.
 */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  size = 'md',
  dirty = false,
  discardTitle = 'Discard your changes?',
  children,
}: DialogProps) {
  // Read when the dialog is about to close, never to render: see useDialogDirty.
  const childDirty = useRef(false);
  const reportChildDirty = useCallback((next: boolean) => {
    childDirty.current = next;
  }, []);
  const [asking, setAsking] = useState(false);
  const restoreFocus = useFocusReturn(open);
  const change = (next: boolean) => {
    if (!next && (dirty || childDirty.current)) setAsking(true);
    else onOpenChange(next);
  };
  return (
    <D.Root open={open} onOpenChange={change}>
      <D.Portal>
        <D.Overlay className={overlayClass} />
        <D.Content
          className={cn(panelBaseClass, sizes[size])}
          onCloseAutoFocus={restoreFocus}
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <D.Title className="pr-10 text-lg font-semibold text-zinc-900">{title}</D.Title>
          {description && <D.Description className="mt-1 text-sm text-zinc-500">{description}</D.Description>}
          <DirtyContext.Provider value={reportChildDirty}>
            <div className="mt-5">{children}</div>
          </DirtyContext.Provider>
          <D.Close
            aria-label="Close"
            className={cn(
              'absolute top-3 right-3 inline-flex size-8 items-center justify-center rounded-md text-zinc-400 hover:bg-zinc-100 hover:text-zinc-700 max-lg:top-2 max-lg:right-2 max-lg:size-11',
              focusRing,
            )}
          >
            <X aria-hidden className="size-4" />
          </D.Close>
          <DiscardConfirm
            open={asking}
            title={discardTitle}
            onKeep={() => setAsking(false)}
            onDiscard={() => {
              setAsking(false);
              onOpenChange(false);
            }}
          />
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}

/**
 * The dialog's buttons. It stays in view at the bottom of a panel taller than the screen (on a
 * phone), so the actions are reachable without scrolling past the whole form.
 */
export function DialogFooter({ children }: { children: ReactNode }) {
  return (
    <div className="sticky -bottom-5 z-10 -mx-5 -mb-5 mt-2 flex flex-wrap justify-end gap-3 bg-white px-5 pt-4 pb-5 sm:-bottom-6 sm:-mx-6 sm:-mb-6 sm:px-6 sm:pb-6">
      {children}
    </div>
  );
}

/** Cancel that closes the dialog the way Esc does, so a `dirty` dialog asks before discarding. */
export function DialogCancel({ children = 'Cancel', ...props }: ButtonProps) {
  return (
    <D.Close asChild>
      <Button variant="secondary" {...props}>
        {children}
      </Button>
    </D.Close>
  );
}
