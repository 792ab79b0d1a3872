import { waitPhrase } from '@roster/core/browser';
import { cn } from '../../lib/cn';
import type { ResendVerification } from './use-resend-verification';

/** The outcome of "Resend email": sent, the wait before the next one, or what went wrong. */
export function ResendStatus({ state, className }: { state: ResendVerification; className?: string }) {
  let shown = '';
  let spoken = '';
  if (state.waitSeconds > 0) {
    shown = `You can resend in ${waitPhrase(state.waitSeconds)}.`;
    // Screen readers hear the wait once, not every second of the countdown.
    spoken = `You can resend in ${waitPhrase(state.firstWait)}.`;
  } else if (state.error) {
    shown = spoken = state.error;
  } else if (state.sentTo) {
    shown = spoken = `We sent a new link to ${state.sentTo}.`;
  }
  return (
    <>
      {shown && (
        <p aria-hidden className={cn('text-sm', state.error ? 'text-red-700' : 'text-zinc-700', className)}>
          {shown}
        </p>
      )}
      <p role="status" className="sr-only">
        {spoken}
      </p>
    </>
  );
}
