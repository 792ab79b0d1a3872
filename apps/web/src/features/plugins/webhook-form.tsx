import type { UseFormReturn } from 'react-hook-form';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { DialogCancel, DialogFooter } from '../../components/ui/dialog';
import { TextField } from '../../components/ui/field';
import type { WebhookFormInput, WebhookFormValues } from './plugin-form-schema';
import { WebhookEventsField } from './webhook-events-field';

/** A webhook's name, URL and events; errors by their fields (the API's too), the rest above. */
export function WebhookForm({
  form,
  formError,
  pending,
  submitLabel,
  onSubmit,
}: {
  form: UseFormReturn<WebhookFormInput, unknown, WebhookFormValues>;
  formError: string | null;
  pending: boolean;
  submitLabel: string;
  onSubmit(values: WebhookFormValues): Promise<void>;
}) {
  const errors = form.formState.errors;
  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="space-y-5">
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
      <TextField
        label="Name"
        hint="Say where the events go, e.g. “Slack webhook”."
        autoComplete="off"
        maxLength={100}
        error={errors.name?.message}
        {...form.register('name')}
      />
      <TextField
        label="URL"
        type="url"
        inputMode="url"
        placeholder="https://example.com/roster-events"
        hint="Roster POSTs each event to it as JSON, signed with a secret you get after installing."
        autoComplete="off"
        autoFocus
        spellCheck={false}
        maxLength={2000}
        error={errors.url?.message}
        {...form.register('url')}
      />
      <WebhookEventsField
        which={form.watch('which')}
        error={errors.events?.message}
        registerWhich={form.register('which')}
        registerEvents={form.register('events')}
      />
      <DialogFooter>
        <DialogCancel disabled={pending} />
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </DialogFooter>
    </form>
  );
}
