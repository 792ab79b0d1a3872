import { Popover as P } from 'radix-ui';
import type { ComponentProps } from 'react';
import { cn } from '../../lib/cn';

export const Popover = P.Root;
export const PopoverTrigger = P.Trigger;
export const PopoverClose = P.Close;

/** A panel anchored to its trigger (Radix): Esc and a click outside close it, focus returns. */
export function PopoverContent({ className, children, ...props }: ComponentProps<typeof P.Content>) {
  return (
    <P.Portal>
      <P.Content
        sideOffset={8}
        collisionPadding={8}
        className={cn(
          'z-50 max-w-[calc(100vw-1rem)] rounded-lg border border-zinc-200 bg-white text-sm shadow-lg outline-none animate-menu-in',
          className,
        )}
        {...props}
      >
        {children}
      </P.Content>
    </P.Portal>
  );
}
