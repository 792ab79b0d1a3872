import type { ReactNode } from 'react';

/** The top of a page: an eyebrow, the title (with optional inline action) and a description. */
export function PageHeader({
  eyebrow,
  title,
  titleAction,
  description,
  actions,
}: {
  eyebrow?: string;
  title: string;
  titleAction?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="mb-8 flex items-end justify-between gap-6">
      <div className="min-w-0">
        {eyebrow && (
          <p className="mb-1 text-xs font-medium tracking-wide text-zinc-500 uppercase">{eyebrow}</p>
        )}
        <div className="flex items-center gap-1.5">
          <h1 className="truncate text-2xl font-semibold tracking-tight text-zinc-900">{title}</h1>
          {titleAction}
        </div>
        {description && <p className="mt-1 text-sm text-zinc-500">{description}</p>}
      </div>
      {actions && <div className="flex shrink-0 gap-3">{actions}</div>}
    </header>
  );
}
