import { zodResolver } from '@hookform/resolvers/zod';
import { createOrgInput } from '@roster/core/browser';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog, DialogCancel, DialogFooter } from '../../components/ui/dialog';
import { TextField } from '../../components/ui/field';
import { applyServerError } from '../../lib/form-errors';

type Values = z.input<typeof createOrgInput>;

interface OrgNameDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description: string;
  submitLabel: string;
  initialName?: string;
  pending: boolean;
  /** Resolves when saved; rejects with the API error, shown by the field or above the form. */
  onSubmit(name: string): Promise<unknown>;
}

/** The one-field dialog behind "New Organization" and "Set Organization Name". */
export function OrgNameDialog({
  open,
  onOpenChange,
  title,
  description,
  submitLabel,
  initialName = '',
  pending,
  onSubmit,
}: OrgNameDialogProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof createOrgInput>>({
    resolver: zodResolver(createOrgInput),
    defaultValues: { name: initialName },
  });
  const { reset } = form;
  useEffect(() => {
    if (open) {
      reset({ name: initialName });
      setFormError(null);
    }
  }, [open, initialName, reset]);

  const submit = form.handleSubmit(async ({ name }) => {
    setFormError(null);
    try {
      await onSubmit(name);
    } catch (error) {
      setFormError(applyServerError(error, ['name'], form.setError));
    }
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !pending && onOpenChange(next)}
      title={title}
      description={description}
      dirty={form.formState.isDirty && !pending}
    >
      <form noValidate onSubmit={submit} className="space-y-4">
        {formError && <ErrorAlert>{formError}</ErrorAlert>}
        <TextField
          label="Organization name"
          autoComplete="off"
          autoFocus
          error={form.formState.errors.name?.message}
          {...form.register('name')}
        />
        <DialogFooter>
          <DialogCancel disabled={pending} />
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
