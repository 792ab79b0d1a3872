import type { RouterOutputs } from '../../lib/trpc';

export type AccountSession = RouterOutputs['account']['sessions'][number];

/** "Chrome 130 on macOS", as far as the browser told. */
export function sessionTitle({ browser, os }: AccountSession): string {
  if (browser && os) return `${browser} on ${os}`;
  return browser ?? os ?? 'Unknown browser';
}
