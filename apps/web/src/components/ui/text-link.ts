/** Classes for an inline link in running text. */
export const textLinkClass =
  'font-medium text-indigo-600 underline-offset-2 hover:text-indigo-500 hover:underline rounded-sm outline-none focus-visible:ring-2 focus-visible:ring-indigo-500';
