import { cn } from '../../lib/cn';
import { focusRing } from './button';

const variants = {
  primary: 'bg-indigo-600 text-white shadow-sm hover:bg-indigo-500 dark:hover:bg-indigo-700',
  secondary: 'border border-zinc-300 bg-white text-zinc-800 shadow-sm hover:bg-zinc-50',
} as const;

/** A link that looks like a button (navigation stays a link, for middle-click and screen readers). */
export function buttonLinkClass(variant: keyof typeof variants = 'secondary'): string {
  return cn(
    'inline-flex h-9 items-center max-lg:h-11 justify-center gap-2 rounded-md px-4 text-sm font-medium transition-colors',
    focusRing,
    variants[variant],
  );
}
