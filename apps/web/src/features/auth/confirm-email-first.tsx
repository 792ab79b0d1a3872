import { Button } from '../../components/ui/button';
import { DialogFooter } from '../../components/ui/dialog';
import { ResendStatus } from './resend-status';
import { useResendVerification } from './use-resend-verification';

/** In place of a form an unverified user could not send: why, and the way to a new link. */
export function ConfirmEmailFirst({ email, onClose }: { email: string; onClose(): void }) {
  const resend = useResendVerification();
  return (
    <div>
      <p className="text-sm text-zinc-700">
        To keep invitations from being sent in someone else&apos;s name, Roster asks you to confirm your email
        address first. We sent a link to{' '}
        <span className="font-medium [overflow-wrap:anywhere] text-zinc-900">{email}</span>; open it, then
        come back to invite people.
      </p>
      <ResendStatus state={resend} className="mt-3" />
      <DialogFooter>
        <Button variant="secondary" onClick={onClose}>
          Close
        </Button>
        <Button loading={resend.pending} disabled={resend.waitSeconds > 0} onClick={resend.resend}>
          Resend email
        </Button>
      </DialogFooter>
    </div>
  );
}
