import type { ComponentProps } from 'react';
import { cn } from '../../lib/cn';
import { Spinner } from './spinner';

const variants = {
  // In the dark theme the palette is remapped (features/theme/dark-palette.css): this is a light
  // indigo under dark text, hover:bg-indigo-700 there is lighter still (indigo-300), and a disabled
  // button is a muted wash with grey text (disabled:bg-indigo-400 alone would turn strong indigo).
  primary:
    'bg-indigo-600 text-white shadow-sm hover:bg-indigo-500 disabled:bg-indigo-400 dark:hover:bg-indigo-700 dark:disabled:bg-indigo-200 dark:disabled:text-zinc-500',
  secondary:
    'border border-zinc-300 bg-white text-zinc-800 shadow-sm hover:bg-zinc-50 disabled:text-zinc-400',
  ghost: 'text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 disabled:text-zinc-300',
  danger:
    'bg-red-600 text-white shadow-sm hover:bg-red-500 disabled:bg-red-400 dark:disabled:bg-red-200 dark:disabled:text-zinc-500',
} as const;

// Below 1024 px (phones, tablets: touch) every size is at least 44 px tall.
const sizes = {
  sm: 'h-8 gap-1.5 px-3 text-sm max-lg:h-11',
  md: 'h-9 gap-2 px-4 text-sm max-lg:h-11',
  icon: 'size-8 max-lg:size-11',
} as const;

export const focusRing =
  'outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 focus-visible:ring-offset-white';

export interface ButtonProps extends ComponentProps<'button'> {
  variant?: keyof typeof variants;
  size?: keyof typeof sizes;
  /** Shows a spinner and disables the button while an action runs. */
  loading?: boolean;
}

export function Button({
  variant = 'primary',
  size = 'md',
  loading = false,
  disabled,
  className,
  children,
  type = 'button',
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={cn(
        'inline-flex shrink-0 items-center justify-center rounded-md font-medium whitespace-nowrap transition-colors disabled:cursor-not-allowed',
        focusRing,
        variants[variant],
        sizes[size],
        className,
      )}
      {...props}
    >
      {loading && <Spinner label="Working" />}
      {children}
    </button>
  );
}
