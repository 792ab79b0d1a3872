import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { Logo } from '../../components/logo';
import { cn } from '../../lib/cn';

const tones = {
  success: 'bg-emerald-50 text-emerald-600',
  problem: 'bg-amber-50 text-amber-600',
  neutral: 'bg-zinc-100 text-zinc-500',
} as const;

/** What became of an emailed link (confirmed, expired, not valid…) and the way on, in a card. */
export function LinkOutcome({
  icon: Icon,
  tone,
  spin = false,
  title,
  children,
  actions,
}: {
  icon: LucideIcon;
  tone: keyof typeof tones;
  /** Turns the icon (a spinner): the outcome is still on its way. */
  spin?: boolean;
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
      <Logo className="mb-8" />
      <div className="w-full max-w-sm rounded-xl border border-zinc-200 bg-white px-7 py-8 text-center shadow-sm">
        <div
          className={cn('mx-auto mb-4 flex size-12 items-center justify-center rounded-full', tones[tone])}
        >
          <Icon aria-hidden className={cn('size-6', spin && 'animate-spin')} />
        </div>
        <h1 className="text-xl font-semibold tracking-tight text-zinc-900">{title}</h1>
        {children && <div className="mt-2 space-y-2 text-sm text-zinc-600">{children}</div>}
        {actions && <div className="mt-6 flex flex-col gap-3">{actions}</div>}
      </div>
    </main>
  );
}
