import { AlertDialog as A } from 'radix-ui';
import type { ReactNode } from 'react';
import { Button } from './button';
import { overlayClass, panelClass } from './dialog-classes';
import { useFocusReturn } from './focus-return';

interface ConfirmDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  pending?: boolean;
  destructive?: boolean;
}

/**
 * Asks before a destructive action. Focus starts on Cancel; Esc cancels; on closing, focus goes back
 * to what opened it (the row menu's trigger when opened from a menu item: see focus-return).
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  onConfirm,
  pending = false,
  destructive = false,
}: ConfirmDialogProps) {
  const restoreFocus = useFocusReturn(open);
  return (
    <A.Root open={open} onOpenChange={(next) => !pending && onOpenChange(next)}>
      <A.Portal>
        <A.Overlay className={overlayClass} />
        <A.Content className={panelClass} onCloseAutoFocus={restoreFocus}>
          <A.Title className="text-lg font-semibold text-zinc-900">{title}</A.Title>
          <A.Description className="mt-2 text-sm text-zinc-600">{description}</A.Description>
          <div className="mt-6 flex flex-wrap justify-end gap-3">
            <A.Cancel asChild>
              <Button variant="secondary" disabled={pending}>
                Cancel
              </Button>
            </A.Cancel>
            {/* Not A.Action: the dialog stays open (and the button busy) until the action settles. */}
            <Button variant={destructive ? 'danger' : 'primary'} loading={pending} onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </div>
        </A.Content>
      </A.Portal>
    </A.Root>
  );
}
