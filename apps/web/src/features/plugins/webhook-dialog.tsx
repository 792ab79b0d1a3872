import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Dialog } from '../../components/ui/dialog';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import {
  placeServerError,
  toWebhookConfig,
  webhookForm,
  webhookFormValues,
  type WebhookField,
  type WebhookFormInput,
  type WebhookFormValues,
} from './plugin-form-schema';
import { useConfigurePlugin, useInstallPlugin, type Plugin } from './plugin-queries';
import { WebhookForm } from './webhook-form';
import { WebhookSecretView } from './webhook-secret-view';

/**
 * Installs a webhook (then shows its secret, once, in the same dialog so that focus goes back to
 * the button that opened it) or configures an installed one (`plugin`).
 */
export function WebhookDialog({
  orgId,
  open,
  onOpenChange,
  plugin,
  defaultName = 'Webhook',
}: {
  orgId: string;
  open: boolean;
  onOpenChange(open: boolean): void;
  plugin?: Plugin | undefined;
  defaultName?: string | undefined;
}) {
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const install = useInstallPlugin();
  const configure = useConfigurePlugin();
  const pending = install.isPending || configure.isPending;
  const form = useForm<WebhookFormInput, unknown, WebhookFormValues>({
    resolver: zodResolver(webhookForm),
    defaultValues: webhookFormValues(plugin?.name ?? defaultName, plugin),
  });
  const { reset } = form;
  // Each opening starts from the plugin's settings, or a blank webhook.
  useEffect(() => {
    if (!open) return;
    reset(webhookFormValues(plugin?.name ?? defaultName, plugin));
    setFormError(null);
  }, [open, plugin, defaultName, reset]);
  const close = () => {
    onOpenChange(false);
    setSecret(null);
  };

  async function submit(values: WebhookFormValues) {
    setFormError(null);
    const input = { orgId, kind: 'webhook' as const, name: values.name, config: toWebhookConfig(values) };
    try {
      if (plugin) {
        await configure.mutateAsync({ ...input, pluginId: plugin.id });
        toast.success(`Saved ${values.name}`);
        close();
        return;
      }
      const installed = await install.mutateAsync(input);
      toast.success(`Installed ${installed.plugin.name}`);
      if (installed.secret) setSecret({ name: installed.plugin.name, value: installed.secret });
      else close();
    } catch (error) {
      const placed = placeServerError('webhook', readApiError(error));
      let first = true;
      for (const [field, message] of Object.entries(placed.fields)) {
        form.setError(field as WebhookField, { type: 'server', message }, { shouldFocus: first });
        first = false;
      }
      setFormError(placed.form);
    }
  }

  return (
    <Dialog
      open={open}
      // Not closed while installing: the secret would be lost.
      onOpenChange={(next) => (next ? onOpenChange(true) : !pending && close())}
      title={secret ? 'Copy your webhook’s secret' : plugin ? `Configure ${plugin.name}` : 'Install webhook'}
      description={
        secret
          ? `${secret.name} is installed. Its requests are signed with this secret.`
          : 'Roster sends the organization’s events to your URL as they happen.'
      }
      size="lg"
      dirty={!secret && form.formState.isDirty && !pending}
      discardTitle={plugin ? 'Discard your changes?' : 'Discard this webhook?'}
    >
      {secret ? (
        <WebhookSecretView secret={secret.value} onDone={close} />
      ) : (
        <WebhookForm
          form={form}
          formError={formError}
          pending={pending}
          submitLabel={plugin ? 'Save' : 'Install webhook'}
          onSubmit={submit}
        />
      )}
    </Dialog>
  );
}
