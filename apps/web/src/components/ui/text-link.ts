import { cn } from '../../lib/cn';
import { focusRing } from './button';

/** Classes for an inline link in running text. */
export const textLinkClass =
  'font-medium text-indigo-600 underline-offset-2 hover:text-indigo-500 hover:underline rounded-sm outline-none focus-visible:ring-2 focus-visible:ring-indigo-500';

/**
 * A text link standing on its own (not inside a sentence): on touch screens (under 1024 px) it is
 * 44 px tall, so a finger finds it.
 */
export const standaloneLinkClass = `${textLinkClass} inline-flex items-center max-lg:min-h-11`;

/**
 * A name in a table row that links to its page, cut with an ellipsis when it is too long: on touch
 * screens a 44 px target reaching into the row's padding (the row keeps its height).
 */
export const rowNameLinkClass = cn(
  'truncate rounded-sm font-medium text-zinc-900 hover:text-indigo-600 hover:underline max-lg:-my-3 max-lg:min-w-11 max-lg:py-3',
  focusRing,
);
