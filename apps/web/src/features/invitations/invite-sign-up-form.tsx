import { zodResolver } from '@hookform/resolvers/zod';
import { signUpInput } from '@roster/core/browser';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { TextField } from '../../components/ui/field';
import { toast } from '../../components/ui/toaster';
import { applyServerError } from '../../lib/form-errors';
import { trpc } from '../../lib/trpc';
import { PasswordField } from '../auth/password-field';
import { useEnterApp } from '../auth/use-enter-app';
import type { InvitationPreview } from './invitation-summary';
import { InvitedEmailField } from './invited-email-field';

const schema = signUpInput.omit({ inviteToken: true, companyName: true });
type Values = z.input<typeof schema>;
const fields = ['name', 'email', 'password'] as const;

/** Case (c): no account for the invited email yet. Signing up joins the organization (and only it). */
export function InviteSignUpForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const enterApp = useEnterApp();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', email: invitation.email, password: '' },
  });
  const signUp = useMutation(
    trpc.auth.signUp.mutationOptions({
      onSuccess: async ({ orgId }) => {
        await enterApp(orgId, null);
        toast.success(`Welcome to ${invitation.orgName}`);
      },
      onError: (error) => setFormError(applyServerError(error, fields, form.setError)),
    }),
  );
  const { errors } = form.formState;

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        signUp.mutate({ ...values, inviteToken: token });
      })}
    >
      <p className="text-sm text-zinc-600">Create your Roster account to accept.</p>
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
      <InvitedEmailField error={errors.email?.message} {...form.register('email')} />
      <TextField
        label="Your name"
        autoComplete="name"
        autoFocus
        error={errors.name?.message}
        {...form.register('name')}
      />
      <PasswordField
        label="Password"
        autoComplete="new-password"
        hint="At least 8 characters, hard to guess: a few unrelated words work well."
        error={errors.password?.message}
        {...form.register('password')}
      />
      <Button type="submit" className="w-full" loading={signUp.isPending || signUp.isSuccess}>
        Create account and join
      </Button>
    </form>
  );
}
