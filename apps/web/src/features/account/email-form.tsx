import { zodResolver } from '@hookform/resolvers/zod';
import { changeEmailInput } from '@roster/core/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { CardBody, CardFooter } from '../../components/ui/card';
import { TextField } from '../../components/ui/field';
import { toast } from '../../components/ui/toaster';
import { applyServerError } from '../../lib/form-errors';
import { trpc } from '../../lib/trpc';
import { PasswordField } from '../auth/password-field';
import { accountQuery } from './account-queries';

type Values = z.input<typeof changeEmailInput>;
const fields = ['email', 'currentPassword'] as const;

/** A new address and the current password: a confirmation link goes to the new address. */
export function EmailForm() {
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof changeEmailInput>>({
    resolver: zodResolver(changeEmailInput),
    defaultValues: { email: '', currentPassword: '' },
  });
  const change = useMutation(
    trpc.account.changeEmail.mutationOptions({
      onSuccess: async ({ email }) => {
        form.reset();
        await queryClient.invalidateQueries({ queryKey: accountQuery().queryKey });
        toast.success(`Confirmation link sent to ${email}.`);
      },
      onError: (error) => setFormError(applyServerError(error, fields, form.setError)),
    }),
  );
  const { errors } = form.formState;
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        change.mutate(values);
      })}
    >
      <CardBody className="max-w-lg space-y-4">
        {formError && <ErrorAlert>{formError}</ErrorAlert>}
        <TextField
          label="New email"
          type="email"
          autoComplete="email"
          error={errors.email?.message}
          {...form.register('email')}
        />
        <PasswordField
          label="Current password"
          autoComplete="current-password"
          error={errors.currentPassword?.message}
          {...form.register('currentPassword')}
        />
      </CardBody>
      <CardFooter>
        <Button type="submit" loading={change.isPending}>
          Send confirmation link
        </Button>
      </CardFooter>
    </form>
  );
}
