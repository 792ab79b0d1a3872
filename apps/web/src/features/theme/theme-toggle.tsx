import { Monitor, Moon, Sun, type LucideIcon } from 'lucide-react';
import { useId, useSyncExternalStore, type KeyboardEvent } from 'react';
import { focusRing } from '../../components/ui/button';
import { cn } from '../../lib/cn';
import { setThemeChoice, subscribeToTheme, themeChoice, type ThemeChoice } from './theme';

const choices: { value: ThemeChoice; label: string; icon: LucideIcon }[] = [
  { value: 'system', label: 'System', icon: Monitor },
  { value: 'light', label: 'Light', icon: Sun },
  { value: 'dark', label: 'Dark', icon: Moon },
];

const nextKeys: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** Arrow keys choose the next or previous theme and move focus to it, as in any radio group. */
function onArrow(event: KeyboardEvent<HTMLDivElement>, choice: ThemeChoice) {
  const step = nextKeys[event.key];
  if (!step) return;
  event.preventDefault();
  const index = (choices.findIndex((item) => item.value === choice) + step + choices.length) % choices.length;
  setThemeChoice(choices[index]!.value);
  event.currentTarget.querySelectorAll('button')[index]?.focus();
}

/**
 * System, Light or Dark: a radio group of three icon buttons (Tab reaches the chosen one, arrows
 * change it). Plain buttons, not a Radix toggle group: the sign-in page shows this too and should
 * not download a widget library for it.
 */
export function ThemeToggle({ className }: { className?: string }) {
  const choice = useSyncExternalStore(subscribeToTheme, themeChoice);
  const labelId = useId();
  return (
    <div className={cn('flex items-center justify-between gap-3', className)}>
      <span id={labelId} className="text-xs font-medium text-zinc-500">
        Theme
      </span>
      <div
        role="radiogroup"
        aria-labelledby={labelId}
        onKeyDown={(event) => onArrow(event, choice)}
        className="flex rounded-md border border-zinc-200 bg-zinc-100 p-0.5"
      >
        {choices.map(({ value, label, icon: Icon }) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-label={label}
            aria-checked={choice === value}
            tabIndex={choice === value ? 0 : -1}
            title={label}
            onClick={() => setThemeChoice(value)}
            className={cn(
              'inline-flex size-7 items-center justify-center rounded text-zinc-500 transition-colors hover:text-zinc-900 max-lg:size-11',
              'aria-checked:bg-white aria-checked:text-zinc-900 aria-checked:shadow-xs',
              focusRing,
            )}
          >
            <Icon aria-hidden className="size-4" />
          </button>
        ))}
      </div>
    </div>
  );
}
