import { focusRing } from '../../components/ui/button';
import { cn } from '../../lib/cn';

/**
 * A step of a folder path (the browser's breadcrumbs, the move dialog's picker): on touch screens
 * a 44 px target.
 */
export const pathStepClass = cn(
  'truncate rounded-sm font-medium hover:text-zinc-900 hover:underline max-lg:min-w-11 max-lg:py-3',
  focusRing,
);
