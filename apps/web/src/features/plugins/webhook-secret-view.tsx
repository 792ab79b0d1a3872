import { Check, Copy, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { DialogFooter } from '../../components/ui/dialog';
import { toast } from '../../components/ui/toaster';
import { signatureHeader, verifySample } from './signature-sample';

/**
 * A new webhook's signing secret, the only time it is shown: copy it, a warning, and how the
 * receiver checks each request's signature with it.
 */
export function WebhookSecretView({ secret, onDone }: { secret: string; onDone(): void }) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      toast.error('The secret could not be copied. Select it and copy it by hand.');
    }
  }

  return (
    <div className="space-y-5">
      <div
        role="note"
        className="flex gap-2.5 rounded-md border border-amber-200 bg-amber-50 px-3 py-2.5 text-sm text-amber-900"
      >
        <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-amber-600" />
        <p>
          Copy the secret now and store it with the receiving application. It will not be shown again: if it
          is lost, uninstall the webhook and install a new one.
        </p>
      </div>
      <div className="space-y-1.5">
        <p id="webhook-secret-label" className="text-sm font-medium text-zinc-800">
          Signing secret
        </p>
        <div className="flex flex-wrap items-stretch gap-2">
          <code
            aria-labelledby="webhook-secret-label"
            data-testid="webhook-secret"
            className="min-w-0 flex-1 rounded-md border border-zinc-300 bg-zinc-50 px-3 py-2 font-mono text-sm break-all text-zinc-900 select-all"
          >
            {secret}
          </code>
          <Button variant="secondary" autoFocus onClick={() => void copy()} className="max-sm:w-full">
            {copied ? <Check aria-hidden className="size-4" /> : <Copy aria-hidden className="size-4" />}
            {copied ? 'Copied' : 'Copy secret'}
          </Button>
        </div>
        <p aria-live="polite" className="sr-only">
          {copied ? 'The secret is on the clipboard.' : ''}
        </p>
      </div>
      <section aria-labelledby="webhook-verify-title" className="space-y-2 text-sm text-zinc-700">
        <h3 id="webhook-verify-title" className="font-medium text-zinc-900">
          Check each request
        </h3>
        <p>
          Every request carries <code className="font-mono text-xs">{signatureHeader}: t=…,v1=…</code>:{' '}
          <code className="font-mono text-xs">t</code> is when it was signed (Unix seconds) and{' '}
          <code className="font-mono text-xs">v1</code> the hex HMAC-SHA256 of{' '}
          <code className="font-mono text-xs">t.body</code> with the secret. Refuse a request whose signature
          does not match or whose <code className="font-mono text-xs">t</code> is old. The event’s{' '}
          <code className="font-mono text-xs">id</code> (also in{' '}
          <code className="font-mono text-xs">Roster-Event-Id</code>) stays the same on retries: use it to
          handle each event once.
        </p>
        <pre
          tabIndex={0}
          aria-label="Checking a signature in Node.js"
          className="max-h-56 overflow-auto rounded-md bg-zinc-900 px-3 py-2.5 font-mono text-xs leading-5 text-zinc-100 dark:bg-zinc-50 dark:text-zinc-900"
        >
          <code>{verifySample}</code>
        </pre>
      </section>
      <DialogFooter>
        <Button onClick={onDone}>I have stored it</Button>
      </DialogFooter>
    </div>
  );
}
