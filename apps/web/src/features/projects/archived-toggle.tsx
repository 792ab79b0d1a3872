import { Switch } from 'radix-ui';
import { useId } from 'react';
import { focusRing } from '../../components/ui/button';
import { cn } from '../../lib/cn';

/** "Show archived" (owners and admins): a switch, toggled by click, Space or Enter. */
export function ArchivedToggle({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const id = useId();
  return (
    <div className="flex items-center gap-2.5">
      <Switch.Root
        id={id}
        checked={checked}
        onCheckedChange={onChange}
        className={cn(
          'relative inline-flex h-5 w-9 shrink-0 items-center rounded-full bg-zinc-300 transition-colors data-[state=checked]:bg-indigo-600',
          focusRing,
        )}
      >
        <Switch.Thumb className="block size-4 translate-x-0.5 rounded-full bg-white shadow transition-transform data-[state=checked]:translate-x-4.5" />
      </Switch.Root>
      <label
        htmlFor={id}
        className="inline-flex cursor-pointer items-center text-sm font-medium text-zinc-700 select-none max-lg:min-h-11"
      >
        Show archived
      </label>
    </div>
  );
}
