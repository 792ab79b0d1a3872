import { CircleAlert } from 'lucide-react';
import type { ReactNode } from 'react';

/** An error about the whole form or page (not one field), announced when it appears. */
export function ErrorAlert({ children }: { children: ReactNode }) {
  return (
    <div
      role="alert"
      className="flex gap-2.5 rounded-md border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800"
    >
      <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-red-500" />
      <div>{children}</div>
    </div>
  );
}
