import { zodResolver } from '@hookform/resolvers/zod';
import { changePasswordInput } from '@roster/core/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Card, CardBody, CardFooter, CardHeader } from '../../components/ui/card';
import { toast } from '../../components/ui/toaster';
import { applyServerError } from '../../lib/form-errors';
import { trpc } from '../../lib/trpc';
import { PasswordField } from '../auth/password-field';
import { sessionsQuery } from './account-queries';

type Values = z.input<typeof changePasswordInput>;
const fields = ['currentPassword', 'password'] as const;

/** A new password, behind the current one; every other device is signed out, this one stays. */
export function PasswordCard() {
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof changePasswordInput>>({
    resolver: zodResolver(changePasswordInput),
    defaultValues: { currentPassword: '', password: '' },
  });
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({
      onSuccess: async ({ endedSessions }) => {
        form.reset();
        await queryClient.invalidateQueries({ queryKey: sessionsQuery().queryKey });
        toast.success(
          endedSessions === 0
            ? 'Password changed.'
            : `Password changed. ${endedSessions === 1 ? 'One other device was' : `${endedSessions} other devices were`} signed out.`,
        );
      },
      onError: (error) => setFormError(applyServerError(error, fields, form.setError)),
    }),
  );
  const { errors } = form.formState;
  return (
    <Card>
      <CardHeader title="Password" description="Changing it signs you out on every other device." />
      <form
        noValidate
        onSubmit={form.handleSubmit((values) => {
          setFormError(null);
          change.mutate(values);
        })}
      >
        <CardBody className="max-w-lg space-y-4">
          {formError && <ErrorAlert>{formError}</ErrorAlert>}
          <PasswordField
            label="Current password"
            autoComplete="current-password"
            error={errors.currentPassword?.message}
            {...form.register('currentPassword')}
          />
          <PasswordField
            label="New password"
            autoComplete="new-password"
            hint="At least 8 characters. Avoid common passwords."
            error={errors.password?.message}
            {...form.register('password')}
          />
        </CardBody>
        <CardFooter>
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
