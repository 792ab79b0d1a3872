import { zodResolver } from '@hookform/resolvers/zod';
import { signInInput } from '@roster/core/browser';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { omit } from 'zod/mini';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { standaloneLinkClass } from '../../components/ui/text-link';
import { toast } from '../../components/ui/toaster';
import { applyServerError } from '../../lib/form-errors';
import { trpc } from '../../lib/trpc';
import { PasswordField } from '../auth/password-field';
import { useEnterApp } from '../auth/use-enter-app';
import type { InvitationPreview } from './invitation-summary';
import { InvitedEmailField } from './invited-email-field';

const schema = omit(signInInput, { inviteToken: true });
type Values = z.input<typeof schema>;

/** Case (b): the invited email has an account. Signing in accepts and opens the organization. */
export function InviteSignInForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const enterApp = useEnterApp();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { email: invitation.email, password: '' },
  });
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: async ({ orgId }) => {
        await enterApp(orgId, null);
        toast.success(`You joined ${invitation.orgName}`);
      },
      onError: (error) => setFormError(applyServerError(error, ['email', 'password'], form.setError)),
    }),
  );
  const { errors } = form.formState;

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        signIn.mutate({ ...values, inviteToken: token });
      })}
    >
      <p className="text-sm text-zinc-600">You already have a Roster account. Sign in to accept.</p>
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
      <InvitedEmailField error={errors.email?.message} {...form.register('email')} />
      <PasswordField
        label="Password"
        autoComplete="current-password"
        autoFocus
        error={errors.password?.message}
        {...form.register('password')}
      />
      <p className="-mt-2 text-right text-sm">
        <Link to="/forgot-password" search={{ email: invitation.email }} className={standaloneLinkClass}>
          Forgot password?
        </Link>
      </p>
      <Button type="submit" className="w-full" loading={signIn.isPending || signIn.isSuccess}>
        Sign in and join
      </Button>
    </form>
  );
}
