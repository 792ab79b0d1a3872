import { zodResolver } from '@hookform/resolvers/zod';
import type { CreatedApiKeyDto } from '@roster/core/browser';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { DialogCancel, DialogFooter } from '../../components/ui/dialog';
import { TextField } from '../../components/ui/field';
import { readApiError, splitServerError } from '../../lib/api-error';
import { useCreateApiKey } from './api-key-queries';
import {
  blankApiKeyForm,
  createApiKeyForm,
  fieldOfInput,
  toCreateInput,
  type CreateApiKeyFormInput,
  type CreateApiKeyFormValues,
} from './create-api-key-schema';
import { ExpiryField } from './expiry-field';
import { ProjectsField } from './projects-field';
import { ScopesField } from './scopes-field';

export type CreateApiKeyFormState = ReturnType<typeof useCreateApiKeyForm>;

/**
 * The form's state and the create call, held by the dialog: it reads `isDirty` in the same render
 * as the keystroke that changed it, so an Esc right after typing still asks before discarding.
 */
export function useCreateApiKeyForm() {
  const create = useCreateApiKey();
  const form = useForm<CreateApiKeyFormInput, unknown, CreateApiKeyFormValues>({
    resolver: zodResolver(createApiKeyForm),
    defaultValues: blankApiKeyForm(),
  });
  return { form, create };
}

/**
 * The create dialog's form: name, scopes, projects, expiry. Errors show by their fields (the API's
 * too).
 */
export function CreateApiKeyForm({
  orgId,
  state: { form, create },
  onCreated,
}: {
  orgId: string;
  state: CreateApiKeyFormState;
  onCreated(created: CreatedApiKeyDto): void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      onCreated(await create.mutateAsync(toCreateInput(orgId, values, new Date())));
    } catch (error) {
      const split = splitServerError(readApiError(error), Object.keys(fieldOfInput));
      let first = true;
      for (const [field, message] of Object.entries(split.fields)) {
        form.setError(fieldOfInput[field]!, { type: 'server', message }, { shouldFocus: first });
        first = false;
      }
      setFormError(split.form);
    }
  });

  return (
    <form noValidate onSubmit={submit} className="space-y-5">
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
      <TextField
        label="Name"
        hint="Say what uses the key, e.g. “Website build”."
        autoComplete="off"
        autoFocus
        maxLength={100}
        error={errors.name?.message}
        {...form.register('name')}
      />
      <ScopesField error={errors.scopes?.message} register={form.register('scopes')} />
      <ProjectsField
        orgId={orgId}
        mode={form.watch('projects')}
        error={errors.projectIds?.message}
        registerMode={form.register('projects')}
        registerIds={form.register('projectIds')}
      />
      <ExpiryField
        choice={form.watch('expiry')}
        error={errors.expiryDate?.message}
        registerChoice={form.register('expiry')}
        registerDate={form.register('expiryDate')}
      />
      <DialogFooter>
        <DialogCancel disabled={create.isPending} />
        <Button type="submit" loading={create.isPending}>
          Create key
        </Button>
      </DialogFooter>
    </form>
  );
}
