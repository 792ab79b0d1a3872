import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

/** One fact about the organization: a label, a big value, and a line of context. */
export function StatCard({
  icon: Icon,
  label,
  value,
  children,
}: {
  icon: LucideIcon;
  label: string;
  value: ReactNode;
  children?: ReactNode;
}) {
  return (
    <section aria-label={label} className="rounded-lg border border-zinc-200 bg-white p-5 shadow-xs">
      <div className="flex items-center gap-2 text-sm font-medium text-zinc-500">
        <Icon aria-hidden className="size-4" />
        {label}
      </div>
      <div className="mt-3 text-xl font-semibold tracking-tight text-zinc-900 xl:text-2xl">{value}</div>
      {children && <div className="mt-2 text-sm text-zinc-500">{children}</div>}
    </section>
  );
}
