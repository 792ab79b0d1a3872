import { zodResolver } from '@hookform/resolvers/zod';
import { itemNameSchema } from '@roster/core/browser';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog, DialogCancel, DialogFooter } from '../../components/ui/dialog';
import { TextField } from '../../components/ui/field';
import { readApiError } from '../../lib/api-error';
import { applyServerError } from '../../lib/form-errors';

const schema = z.object({ name: itemNameSchema });
type Values = z.output<typeof schema>;

interface NameDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description: string;
  submitLabel: string;
  initialName: string;
  /** A file's name: focusing the field selects it without its extension, as file managers do. */
  keepExtension?: boolean;
  pending: boolean;
  /** Resolves when saved; rejects with the API error (a taken name is shown by the field). */
  onSubmit(name: string): Promise<unknown>;
}

/** One name, for "New folder" and "Rename": checked as the API checks it, its errors by the field. */
export function NameDialog(props: NameDialogProps) {
  const { open, onOpenChange, initialName, pending, onSubmit } = props;
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<typeof schema>, unknown, Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: initialName },
  });
  const { reset } = form;
  useEffect(() => {
    if (!open) return;
    reset({ name: initialName });
    setFormError(null);
  }, [open, initialName, reset]);

  const submit = form.handleSubmit(async ({ name }) => {
    setFormError(null);
    try {
      await onSubmit(name);
    } catch (error) {
      const { reason, message } = readApiError(error);
      if (reason === 'NAME_TAKEN') form.setError('name', { type: 'server', message }, { shouldFocus: true });
      else setFormError(applyServerError(error, ['name'], form.setError));
    }
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !pending && onOpenChange(next)}
      title={props.title}
      description={props.description}
      dirty={form.formState.isDirty && !pending}
      discardTitle="Discard this name?"
    >
      <form noValidate onSubmit={submit} className="space-y-4">
        {formError && <ErrorAlert>{formError}</ErrorAlert>}
        <TextField
          label="Name"
          autoComplete="off"
          autoFocus
          maxLength={255}
          error={form.formState.errors.name?.message}
          {...form.register('name')}
          onFocus={(event) => {
            const dot = props.keepExtension ? event.target.value.lastIndexOf('.') : -1;
            event.target.setSelectionRange(0, dot > 0 ? dot : event.target.value.length);
          }}
        />
        <DialogFooter>
          <DialogCancel disabled={pending} />
          <Button type="submit" loading={pending}>
            {props.submitLabel}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
