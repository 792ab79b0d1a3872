import { Fragment, type ReactNode } from 'react';

/**
 * Text that may wrap only where `after` matches (a zero-width pattern such as `/(?<=[._])/`), not
 * inside a word: each part is followed by a <wbr>.
 */
export function breakAfter(text: string, after: RegExp): ReactNode[] {
  return text.split(after).map((part, index) => (
    <Fragment key={index}>
      {part}
      <wbr />
    </Fragment>
  ));
}
