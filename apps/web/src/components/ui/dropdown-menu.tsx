import { Check } from 'lucide-react';
import { DropdownMenu as M } from 'radix-ui';
import type { ComponentProps, ReactNode } from 'react';
import { cn } from '../../lib/cn';

/**
 * A menu (Radix). Not modal: a modal menu hides the rest of the page from screen readers with
 * aria-hidden while its links and buttons stay focusable (axe: aria-hidden-focus). Focus still
 * moves into the menu and back to its trigger; Esc, Tab and a click outside close it.
 */
export function DropdownMenu(props: ComponentProps<typeof M.Root>) {
  return <M.Root modal={false} {...props} />;
}
export const DropdownMenuTrigger = M.Trigger;
export const DropdownMenuRadioGroup = M.RadioGroup;

export function DropdownMenuContent({ className, children, ...props }: ComponentProps<typeof M.Content>) {
  return (
    <M.Portal>
      <M.Content
        sideOffset={6}
        collisionPadding={8}
        className={cn(
          'z-50 max-w-[calc(100vw-1rem)] min-w-56 overflow-hidden rounded-lg border border-zinc-200 bg-white p-1 text-sm shadow-lg outline-none animate-menu-in',
          className,
        )}
        {...props}
      >
        {children}
      </M.Content>
    </M.Portal>
  );
}

const itemClass =
  'relative flex min-h-9 max-lg:min-h-11 cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 outline-none select-none ' +
  'data-[disabled]:pointer-events-none data-[disabled]:opacity-50';
// Colors apart, so that a destructive item's red is not fought by the plain item's grey.
const plainColors = 'text-zinc-700 data-[highlighted]:bg-zinc-100 data-[highlighted]:text-zinc-900';

export function DropdownMenuItem({
  className,
  destructive,
  ...props
}: ComponentProps<typeof M.Item> & { destructive?: boolean }) {
  return (
    <M.Item
      className={cn(
        itemClass,
        destructive
          ? 'text-red-600 data-[highlighted]:bg-red-50 data-[highlighted]:text-red-700'
          : plainColors,
        className,
      )}
      {...props}
    />
  );
}

/** A choice in a radio group, with a check on the selected one. */
export function DropdownMenuRadioItem({ className, children, ...props }: ComponentProps<typeof M.RadioItem>) {
  return (
    <M.RadioItem className={cn(itemClass, plainColors, 'pr-8', className)} {...props}>
      {children}
      <M.ItemIndicator className="absolute right-2 inline-flex">
        <Check aria-hidden className="size-4 text-indigo-600" />
      </M.ItemIndicator>
    </M.RadioItem>
  );
}

export function DropdownMenuLabel({ children }: { children: ReactNode }) {
  return <M.Label className="px-2 pt-1.5 pb-1 text-xs font-medium text-zinc-500">{children}</M.Label>;
}

export function DropdownMenuSeparator() {
  return <M.Separator className="-mx-1 my-1 h-px bg-zinc-100" />;
}
