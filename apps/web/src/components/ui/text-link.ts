/** Classes for an inline link in running text. */
export const textLinkClass =
  'font-medium text-indigo-600 underline-offset-2 hover:text-indigo-500 hover:underline rounded-sm outline-none focus-visible:ring-2 focus-visible:ring-indigo-500';

/**
 * A text link standing on its own (not inside a sentence): on touch screens (under 1024 px) it is
 * 44 px tall, so a finger finds it.
 */
export const standaloneLinkClass = `${textLinkClass} inline-flex items-center max-lg:min-h-11`;
