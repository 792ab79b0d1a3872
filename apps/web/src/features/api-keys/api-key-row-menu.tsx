import { Ban } from 'lucide-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem } from '../../components/ui/dropdown-menu';
import { RowMenuTrigger } from '../members/row-menu-trigger';
import { useOrgId } from '../organizations/org-queries';
import { maskedKey } from './api-key-format';
import { useRevokeApiKey, type ApiKey } from './api-key-queries';

/** An active key's ⋮ menu: revoke, after a confirmation naming the key. Expired and revoked keys have none. */
export function ApiKeyRowMenu({ apiKey }: { apiKey: ApiKey }) {
  const orgId = useOrgId();
  const [confirming, setConfirming] = useState(false);
  const revoke = useRevokeApiKey(apiKey, () => setConfirming(false));
  if (apiKey.status !== 'active') return null;

  return (
    <>
      <DropdownMenu>
        <RowMenuTrigger label={`Actions for ${apiKey.name}`} />
        <DropdownMenuContent align="end">
          <DropdownMenuItem destructive onSelect={() => setConfirming(true)}>
            <Ban aria-hidden className="size-4" />
            Revoke key
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Revoke ${apiKey.name}?`}
        description={
          <>
            Applications using <span className="font-mono">{maskedKey(apiKey.prefix)}</span> stop working at
            once: their next request is refused. This cannot be undone; create a new key to give access again.
          </>
        }
        confirmLabel="Revoke key"
        destructive
        pending={revoke.isPending}
        onConfirm={() => revoke.mutate({ orgId, apiKeyId: apiKey.id })}
      />
    </>
  );
}
