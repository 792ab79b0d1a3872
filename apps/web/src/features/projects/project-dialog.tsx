import { zodResolver } from '@hookform/resolvers/zod';
import { createProjectInput } from '@roster/core/browser';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog, DialogCancel, DialogFooter } from '../../components/ui/dialog';
import { TextField } from '../../components/ui/field';
import { applyServerError } from '../../lib/form-errors';
import { TextAreaField } from './text-area-field';
import { VisibilityField } from './visibility-field';

const schema = createProjectInput;
export type ProjectValues = z.output<typeof schema>;
const fields = ['name', 'description', 'visibility'] as const;

interface ProjectDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description: string;
  submitLabel: string;
  initialValues: z.input<typeof schema>;
  /** Whether the visibility choice is shown (owners and admins, never for the Library). */
  showVisibility: boolean;
  pending: boolean;
  /** Resolves when saved; rejects with the API error, shown by its field or above the form. */
  onSubmit(values: ProjectValues): Promise<unknown>;
}

/** The form behind "New project" and "Edit project": name, description and visibility. */
export function ProjectDialog(props: ProjectDialogProps) {
  const { open, onOpenChange, initialValues, showVisibility, pending, onSubmit } = props;
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<typeof schema>, unknown, ProjectValues>({
    resolver: zodResolver(schema),
    defaultValues: initialValues,
  });
  const { reset } = form;
  const { name, description, visibility } = initialValues;
  useEffect(() => {
    if (!open) return;
    reset({ name, description, visibility });
    setFormError(null);
  }, [open, name, description, visibility, reset]);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      setFormError(applyServerError(error, fields, form.setError));
    }
  });
  const errors = form.formState.errors;

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !pending && onOpenChange(next)}
      title={props.title}
      description={props.description}
      dirty={form.formState.isDirty && !pending}
      discardTitle="Discard this project’s changes?"
    >
      <form noValidate onSubmit={submit} className="space-y-4">
        {formError && <ErrorAlert>{formError}</ErrorAlert>}
        <TextField
          label="Name"
          autoComplete="off"
          autoFocus
          maxLength={100}
          error={errors.name?.message}
          {...form.register('name')}
        />
        <TextAreaField
          label="Description"
          aside="Optional"
          maxLength={500}
          hint="What the project is for, in a sentence or two."
          error={errors.description?.message}
          {...form.register('description')}
        />
        {showVisibility && (
          <VisibilityField error={errors.visibility?.message} register={form.register('visibility')} />
        )}
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
