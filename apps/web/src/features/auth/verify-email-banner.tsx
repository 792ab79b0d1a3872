import { useQuery } from '@tanstack/react-query';
import { MailWarning, X } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { ResendStatus } from './resend-status';
import { meQuery } from './session';
import { useResendVerification } from './use-resend-verification';

/** Whose banner was dismissed in this page load: it comes back on reload, and for another user. */
let dismissedFor: string | null = null;

/** Across the top of the signed-in app until the user's email is confirmed. */
export function VerifyEmailBanner() {
  const me = useQuery(meQuery());
  const user = me.data?.user;
  const [dismissed, setDismissed] = useState(() => dismissedFor);
  if (!user || user.emailVerified || dismissed === user.id) return null;
  return (
    <UnverifiedBanner
      email={user.email}
      onDismiss={() => {
        dismissedFor = user.id;
        setDismissed(user.id);
        // The banner's buttons go away with it: continue from the page.
        document.getElementById('main')?.focus();
      }}
    />
  );
}

function UnverifiedBanner({ email, onDismiss }: { email: string; onDismiss(): void }) {
  // Confirmed in another tab (the link usually opens in a new one): notice it on coming back.
  useQuery({ ...meQuery(), refetchOnWindowFocus: 'always' });
  const resend = useResendVerification();
  return (
    <section aria-label="Confirm your address" className="border-b border-amber-200 bg-amber-50">
      <div className="flex items-start gap-3 px-4 py-3 md:px-10">
        <MailWarning aria-hidden className="mt-0.5 size-5 shrink-0 text-amber-600 md:mt-1.5" />
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <p className="min-w-0 text-sm text-amber-950">
              <span className="font-medium">Confirm your email address</span> — we sent a link to{' '}
              <span className="font-medium [overflow-wrap:anywhere]">{email}</span>.
            </p>
            <Button
              variant="secondary"
              size="sm"
              loading={resend.pending}
              disabled={resend.waitSeconds > 0}
              onClick={resend.resend}
            >
              Resend email
            </Button>
          </div>
          <ResendStatus state={resend} className="mt-1.5" />
        </div>
        <Button
          variant="ghost"
          size="icon"
          aria-label="Dismiss until next visit"
          className="-mt-0.5 -mr-1 text-amber-800 hover:bg-amber-100"
          onClick={onDismiss}
        >
          <X aria-hidden className="size-4" />
        </Button>
      </div>
    </section>
  );
}
