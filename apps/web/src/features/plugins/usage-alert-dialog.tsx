import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Dialog } from '../../components/ui/dialog';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import {
  placeServerError,
  toUsageAlertConfig,
  usageAlertForm,
  usageAlertFormValues,
  type UsageAlertField,
  type UsageAlertFormInput,
  type UsageAlertFormValues,
} from './plugin-form-schema';
import { useConfigurePlugin, useInstallPlugin, type Plugin } from './plugin-queries';
import { UsageAlertForm } from './usage-alert-form';

/** Installs a usage alert, or configures an installed one (`plugin`). */
export function UsageAlertDialog({
  orgId,
  open,
  onOpenChange,
  plugin,
  defaultName = 'Usage alert',
}: {
  orgId: string;
  open: boolean;
  onOpenChange(open: boolean): void;
  plugin?: Plugin | undefined;
  defaultName?: string | undefined;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const install = useInstallPlugin();
  const configure = useConfigurePlugin();
  const pending = install.isPending || configure.isPending;
  const form = useForm<UsageAlertFormInput, unknown, UsageAlertFormValues>({
    resolver: zodResolver(usageAlertForm),
    defaultValues: usageAlertFormValues(plugin?.name ?? defaultName, plugin),
  });
  const { reset } = form;
  useEffect(() => {
    if (!open) return;
    reset(usageAlertFormValues(plugin?.name ?? defaultName, plugin));
    setFormError(null);
  }, [open, plugin, defaultName, reset]);

  async function submit(values: UsageAlertFormValues) {
    setFormError(null);
    const input = {
      orgId,
      kind: 'usage_alert' as const,
      name: values.name,
      config: toUsageAlertConfig(values),
    };
    try {
      if (plugin) await configure.mutateAsync({ ...input, pluginId: plugin.id });
      else await install.mutateAsync(input);
      toast.success(`${plugin ? 'Saved' : 'Installed'} ${values.name}`);
      onOpenChange(false);
    } catch (error) {
      const placed = placeServerError('usage_alert', readApiError(error));
      let first = true;
      for (const [field, message] of Object.entries(placed.fields)) {
        form.setError(field as UsageAlertField, { type: 'server', message }, { shouldFocus: first });
        first = false;
      }
      setFormError(placed.form);
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : !pending && onOpenChange(false))}
      title={plugin ? `Configure ${plugin.name}` : 'Install usage alert'}
      description="Emails the owners and admins when usage nears the plan’s limits, once per metric and month."
      size="lg"
      dirty={form.formState.isDirty && !pending}
      discardTitle={plugin ? 'Discard your changes?' : 'Discard this usage alert?'}
    >
      <UsageAlertForm
        form={form}
        formError={formError}
        pending={pending}
        submitLabel={plugin ? 'Save' : 'Install usage alert'}
        onSubmit={submit}
      />
    </Dialog>
  );
}
