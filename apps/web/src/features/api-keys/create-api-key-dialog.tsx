import type { CreatedApiKeyDto } from '@roster/core/browser';
import { useEffect, useState } from 'react';
import { Dialog } from '../../components/ui/dialog';
import { toast } from '../../components/ui/toaster';
import { blankApiKeyForm } from './create-api-key-schema';
import { CreateApiKeyForm, useCreateApiKeyForm } from './create-api-key-form';
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
  const state = useCreateApiKeyForm();
  const { reset } = state.form;
  // Each opening starts from a blank form.
  useEffect(() => {
    if (open) reset(blankApiKeyForm());
  }, [open, reset]);
  const close = () => {
    onOpenChange(false);
    setCreated(null);
  };

  return (
    <Dialog
      open={open}
      // Not closed while the key is being created: its secret would be lost.
      onOpenChange={(next) => (next ? onOpenChange(true) : !state.create.isPending && close())}
      title={created ? 'Copy your new API key' : 'Create API key'}
      description={
        created
          ? `${created.apiKey.name} is ready to use.`
          : 'An application sends the key with each request to the REST API.'
      }
      size="lg"
      dirty={!created && state.form.formState.isDirty && !state.create.isPending}
      discardTitle="Discard this API key?"
    >
      {created ? (
        <SecretView created={created} onDone={close} />
      ) : (
        <CreateApiKeyForm
          orgId={orgId}
          state={state}
          onCreated={(result) => {
            setCreated(result);
            toast.success(`Created ${result.apiKey.name}`);
          }}
        />
      )}
    </Dialog>
  );
}
