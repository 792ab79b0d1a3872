import type { ComponentProps } from 'react';
import { cn } from '../../lib/cn';

export const controlClass =
  // 44 px tall and 16 px text below 1024 px: a touch target, and no zoom-on-focus in iOS Safari.
  'block h-9 w-full rounded-md border border-zinc-300 bg-white px-3 text-sm text-zinc-900 shadow-xs outline-none transition-colors max-lg:h-11 max-lg:text-base ' +
  'placeholder:text-zinc-400 focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 ' +
  'disabled:cursor-not-allowed disabled:bg-zinc-50 disabled:text-zinc-500 ' +
  'aria-invalid:border-red-500 aria-invalid:focus:ring-red-500/30';

export function Input({ className, ...props }: ComponentProps<'input'>) {
  return <input className={cn(controlClass, className)} {...props} />;
}
