import type { CreatedApiKeyDto } from '@roster/core/browser';
import { useState } from 'react';
import { Dialog } from '../../components/ui/dialog';
import { toast } from '../../components/ui/toaster';
import { CreateApiKeyForm } from './create-api-key-form';
import { SecretView } from './secret-view';

/**
 * "Create API key": the form, then — in the same dialog, so focus goes back to the button that
 * opened it — the new key's secret, shown once.
 */
export function CreateApiKeyDialog({
  orgId,
  open,
  onOpenChange,
}: {
  orgId: string;
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const [created, setCreated] = useState<CreatedApiKeyDto | null>(null);
  const close = () => {
    onOpenChange(false);
    setCreated(null);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : close())}
      title={created ? 'Copy your new API key' : 'Create API key'}
      description={
        created
          ? `${created.apiKey.name} is ready to use.`
          : 'An application sends the key with each request to the REST API.'
      }
      size="lg"
      discardTitle="Discard this API key?"
    >
      {created ? (
        <SecretView created={created} onDone={close} />
      ) : (
        <CreateApiKeyForm
          orgId={orgId}
          onCreated={(result) => {
            setCreated(result);
            toast.success(`Created ${result.apiKey.name}`);
          }}
        />
      )}
    </Dialog>
  );
}
