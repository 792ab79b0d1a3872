import { Monitor, Moon, Sun, type LucideIcon } from 'lucide-react';
import { ToggleGroup } from 'radix-ui';
import { useId, useSyncExternalStore } from 'react';
import { focusRing } from '../../components/ui/button';
import { cn } from '../../lib/cn';
import { setThemeChoice, subscribeToTheme, themeChoice, type ThemeChoice } from './theme';

const choices: { value: ThemeChoice; label: string; icon: LucideIcon }[] = [
  { value: 'system', label: 'System', icon: Monitor },
  { value: 'light', label: 'Light', icon: Sun },
  { value: 'dark', label: 'Dark', icon: Moon },
];

/** System, Light or Dark: three icon buttons (arrow keys move between them), the current one pressed. */
export function ThemeToggle({ className }: { className?: string }) {
  const choice = useSyncExternalStore(subscribeToTheme, themeChoice);
  const labelId = useId();
  return (
    <div className={cn('flex items-center justify-between gap-3', className)}>
      <span id={labelId} className="text-xs font-medium text-zinc-500">
        Theme
      </span>
      <ToggleGroup.Root
        type="single"
        value={choice}
        onValueChange={(value) => value && setThemeChoice(value as ThemeChoice)}
        aria-labelledby={labelId}
        className="flex rounded-md border border-zinc-200 bg-zinc-100 p-0.5"
      >
        {choices.map(({ value, label, icon: Icon }) => (
          <ToggleGroup.Item
            key={value}
            value={value}
            aria-label={label}
            title={label}
            className={cn(
              'inline-flex size-7 items-center justify-center rounded text-zinc-500 transition-colors hover:text-zinc-900 max-lg:size-11',
              'data-[state=on]:bg-white data-[state=on]:text-zinc-900 data-[state=on]:shadow-xs',
              focusRing,
            )}
          >
            <Icon aria-hidden className="size-4" />
          </ToggleGroup.Item>
        ))}
      </ToggleGroup.Root>
    </div>
  );
}
