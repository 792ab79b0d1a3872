import { zodResolver } from '@hookform/resolvers/zod';
import { signInInput } from '@roster/core/browser';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { TextField } from '../../components/ui/field';
import { textLinkClass } from '../../components/ui/text-link';
import { applyServerError } from '../../lib/form-errors';
import { trpc } from '../../lib/trpc';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AuthLayout } from './auth-layout';
import { authSearch } from './auth-search';
import { PasswordField } from './password-field';
import { useEnterApp } from './use-enter-app';

type Values = z.input<typeof signInInput>;

export function SignInScreen({ redirectTo, email }: { redirectTo: string | null; email: string | null }) {
  useDocumentTitle('Sign in');
  const enterApp = useEnterApp();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof signInInput>>({
    resolver: zodResolver(signInInput),
    defaultValues: { email: email ?? '', password: '' },
  });
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: (result) => enterApp(result.orgId, redirectTo),
      // Wrong email and wrong password get the same sentence: the API never says which.
      onError: (error) => setFormError(applyServerError(error, ['email', 'password'], form.setError)),
    }),
  );
  const { errors } = form.formState;
  const typedEmail = form.watch('email').trim();
  const busy = signIn.isPending || signIn.isSuccess;

  return (
    <AuthLayout
      title="Sign in to Roster"
      subtitle="Welcome back."
      footer={
        <>
          New to Roster?{' '}
          <Link to="/sign-up" search={authSearch(typedEmail, redirectTo)} className={textLinkClass}>
            Create an account
          </Link>
        </>
      }
    >
      <form
        noValidate
        className="space-y-4"
        onSubmit={form.handleSubmit((values) => {
          setFormError(null);
          signIn.mutate(values);
        })}
      >
        {formError && <ErrorAlert>{formError}</ErrorAlert>}
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          autoFocus={!email}
          error={errors.email?.message}
          {...form.register('email')}
        />
        <PasswordField
          label="Password"
          autoComplete="current-password"
          autoFocus={Boolean(email)}
          error={errors.password?.message}
          {...form.register('password')}
        />
        <p className="-mt-2 text-right text-sm">
          {/* Carries what was typed, so the reset form starts with it. */}
          <Link
            to="/forgot-password"
            search={typedEmail ? { email: typedEmail } : {}}
            className={textLinkClass}
          >
            Forgot password?
          </Link>
        </p>
        <Button type="submit" className="w-full" loading={busy}>
          Sign in
        </Button>
      </form>
    </AuthLayout>
  );
}
