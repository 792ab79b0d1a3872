import type { ReactNode } from 'react';

/**
 * The top of a page: an eyebrow, the title (with optional inline action) and a description; the
 * actions sit at the right, or under the title on a phone.
 */
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
    <header className="mb-6 flex flex-col gap-4 sm:mb-8 sm:flex-row sm:items-end sm:justify-between sm:gap-6">
      <div className="min-w-0">
        {eyebrow && (
          <p className="mb-1 text-xs font-medium tracking-wide text-zinc-500 uppercase">{eyebrow}</p>
        )}
        <div className="flex items-center gap-1.5">
          <h1 className="min-w-0 text-2xl font-semibold tracking-tight [overflow-wrap:anywhere] text-zinc-900 sm:truncate">
            {title}
          </h1>
          {titleAction}
        </div>
        {description && <p className="mt-1 text-sm text-zinc-500">{description}</p>}
      </div>
      {actions && <div className="flex shrink-0 flex-wrap gap-3">{actions}</div>}
    </header>
  );
}
