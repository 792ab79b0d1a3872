import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

/** A page or panel with nothing to show (or nothing found): what happened and what to do next. */
export function EmptyState({
  icon: Icon,
  title,
  children,
  action,
}: {
  icon: LucideIcon;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="flex flex-col items-center justify-center px-6 py-16 text-center">
      <div className="mb-4 flex size-12 items-center justify-center rounded-full bg-zinc-100 text-zinc-500">
        <Icon aria-hidden className="size-6" />
      </div>
      <h2 className="text-base font-semibold text-zinc-900">{title}</h2>
      {children && <div className="mt-1 max-w-sm text-sm text-zinc-500">{children}</div>}
      {action && <div className="mt-6 flex gap-3">{action}</div>}
    </div>
  );
}
