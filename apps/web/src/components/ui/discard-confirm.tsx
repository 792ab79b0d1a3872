import { AlertDialog as A } from 'radix-ui';
import { Button } from './button';
import { overlayClass, panelClass } from './dialog-classes';
import { useFocusReturn } from './focus-return';
import { cn } from '../../lib/cn';

/** The small question a dirty Dialog asks before it closes: keep editing (the default) or discard. */
export function DiscardConfirm({
  open,
  title,
  onKeep,
  onDiscard,
}: {
  open: boolean;
  title: string;
  onKeep(): void;
  onDiscard(): void;
}) {
  const restoreFocus = useFocusReturn(open);
  return (
    <A.Root open={open} onOpenChange={(next) => !next && onKeep()}>
      <A.Portal>
        <A.Overlay className={cn(overlayClass, 'z-50')} />
        <A.Content className={cn(panelClass, 'z-50 max-w-sm')} onCloseAutoFocus={restoreFocus}>
          <A.Title className="text-base font-semibold text-zinc-900">{title}</A.Title>
          <A.Description className="mt-1 text-sm text-zinc-600">What you entered will be lost.</A.Description>
          <div className="mt-5 flex flex-wrap justify-end gap-3">
            <A.Cancel asChild>
              <Button variant="secondary">Keep editing</Button>
            </A.Cancel>
            <A.Action asChild>
              <Button variant="danger" onClick={onDiscard}>
                Discard
              </Button>
            </A.Action>
          </div>
        </A.Content>
      </A.Portal>
    </A.Root>
  );
}
