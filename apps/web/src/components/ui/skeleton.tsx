import { cn } from '../../lib/cn';

/** A grey placeholder the size of content still loading. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden className={cn('animate-pulse rounded-md bg-zinc-200/80', className)} />;
}
