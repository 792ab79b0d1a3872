import { usageAlertMetrics } from '@roster/core/browser';
import { useId } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { DialogCancel, DialogFooter } from '../../components/ui/dialog';
import { Field, TextField } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { choiceInputClass, choiceRowClass } from '../api-keys/choice-classes';
import type { UsageAlertFormInput, UsageAlertFormValues } from './plugin-form-schema';
import { metricTitle } from './plugin-summary';

const metricHints = {
  apiCalls: 'Requests to the REST API this month, against the plan’s monthly calls.',
  bandwidthOut: 'Bytes downloaded this month, against the plan’s monthly bandwidth.',
  storage: 'Bytes stored, against the plan’s storage.',
} as const;

/** A usage alert's name, percentage and metrics. */
export function UsageAlertForm({
  form,
  formError,
  pending,
  submitLabel,
  onSubmit,
}: {
  form: UseFormReturn<UsageAlertFormInput, unknown, UsageAlertFormValues>;
  formError: string | null;
  pending: boolean;
  submitLabel: string;
  onSubmit(values: UsageAlertFormValues): Promise<void>;
}) {
  const id = useId();
  const errors = form.formState.errors;
  const metricsError = errors.metrics?.message;
  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="space-y-5">
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
      <TextField
        label="Name"
        autoComplete="off"
        maxLength={100}
        error={errors.name?.message}
        {...form.register('name')}
      />
      <Field
        label="Alert at"
        error={errors.percent?.message}
        hint="Owners and admins get an email the first time a metric reaches this share of its limit in a month."
      >
        {(control) => (
          <div className="flex items-center gap-2">
            <Input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={100}
              step={1}
              autoFocus
              className="w-24"
              {...form.register('percent', { valueAsNumber: true })}
            />
            <span className="text-sm text-zinc-700">% of the limit</span>
          </div>
        )}
      </Field>
      <fieldset aria-describedby={metricsError ? `${id}-error` : undefined} className="min-w-0 space-y-1.5">
        <legend className="mb-1.5 text-sm font-medium text-zinc-800">Metrics</legend>
        <div className="grid gap-2">
          {usageAlertMetrics.map((metric) => (
            <label key={metric} className={choiceRowClass}>
              <input
                type="checkbox"
                value={metric}
                aria-describedby={`${id}-${metric}`}
                className={choiceInputClass}
                {...form.register('metrics')}
              />
              <span className="min-w-0">
                <span className="block text-sm font-medium text-zinc-900">{metricTitle(metric)}</span>
                <span id={`${id}-${metric}`} className="mt-0.5 block text-xs text-zinc-600">
                  {metricHints[metric]}
                </span>
              </span>
            </label>
          ))}
        </div>
        {metricsError && (
          <p id={`${id}-error`} role="alert" className="text-sm text-red-600">
            {metricsError}
          </p>
        )}
      </fieldset>
      <DialogFooter>
        <DialogCancel disabled={pending} />
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </DialogFooter>
    </form>
  );
}
