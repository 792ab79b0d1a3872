import { cn } from '../../lib/cn';

/** A checkbox or radio with its label and one-line hint, as one bordered, clickable row. */
export const choiceRowClass = cn(
  'flex cursor-pointer items-start gap-3 rounded-lg border border-zinc-200 bg-white px-3 py-2.5 transition-colors hover:bg-zinc-50 max-lg:min-h-11',
  'has-checked:border-indigo-500 has-checked:bg-indigo-50/50 has-checked:ring-1 has-checked:ring-indigo-500',
  'has-focus-visible:ring-2 has-focus-visible:ring-indigo-500',
);

export const choiceInputClass = 'mt-0.5 size-4 shrink-0 accent-indigo-600 outline-none';
