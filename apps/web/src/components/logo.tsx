import { cn } from '../lib/cn';

/** The Roster mark and word. */
export function Logo({ className }: { className?: string }) {
  return (
    <span
      className={cn('inline-flex items-center gap-2 font-semibold tracking-tight text-zinc-900', className)}
    >
      <svg aria-hidden viewBox="0 0 32 32" className="size-7">
        <rect width="32" height="32" rx="8" fill="#4f46e5" />
        <path
          d="M10 9h7.5a5 5 0 0 1 1.6 9.74L22.5 24h-3.6l-3-4.9H13.4V24H10V9zm3.4 3v4.1h4a2.05 2.05 0 0 0 0-4.1h-4z"
          fill="#fff"
        />
      </svg>
      <span className="text-base">Roster</span>
    </span>
  );
}
