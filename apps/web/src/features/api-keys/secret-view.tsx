import type { CreatedApiKeyDto } from '@roster/core/browser';
import { Check, Copy, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { DialogFooter } from '../../components/ui/dialog';
import { toast } from '../../components/ui/toaster';

/**
 * The new key's secret, the only time it is shown: a copy button, a warning, and "I have stored
 * it" to close. Roster keeps only its hash, so it cannot be shown again.
 */
export function SecretView({ created, onDone }: { created: CreatedApiKeyDto; onDone(): void }) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied(true);
    } catch {
      toast.error('The key could not be copied. Select it and copy it by hand.');
    }
  }

  return (
    <div className="space-y-4">
      <div
        role="note"
        className="flex gap-2.5 rounded-md border border-amber-200 bg-amber-50 px-3 py-2.5 text-sm text-amber-900"
      >
        <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-amber-600" />
        <p>
          Copy the key now and store it somewhere safe, such as your application’s secrets. It will not be
          shown again: if it is lost, revoke it and create another.
        </p>
      </div>
      <div className="space-y-1.5">
        <p id="new-api-key-label" className="text-sm font-medium text-zinc-800">
          Secret key
        </p>
        <div className="flex flex-wrap items-stretch gap-2">
          <code
            aria-labelledby="new-api-key-label"
            data-testid="api-key-secret"
            className="min-w-0 flex-1 rounded-md border border-zinc-300 bg-zinc-50 px-3 py-2 font-mono text-sm break-all text-zinc-900 select-all"
          >
            {created.secret}
          </code>
          <Button variant="secondary" autoFocus onClick={() => void copy()} className="max-sm:w-full">
            {copied ? <Check aria-hidden className="size-4" /> : <Copy aria-hidden className="size-4" />}
            {copied ? 'Copied' : 'Copy key'}
          </Button>
        </div>
        <p aria-live="polite" className="sr-only">
          {copied ? 'The key is on the clipboard.' : ''}
        </p>
      </div>
      <DialogFooter>
        <Button onClick={onDone}>I have stored it</Button>
      </DialogFooter>
    </div>
  );
}
