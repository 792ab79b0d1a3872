import { signInInput } from '@roster/core/browser';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { TextField } from '../../components/ui/field';
import { standaloneLinkClass, textLinkClass } from '../../components/ui/text-link';
import { applyServerError } from '../../lib/form-errors';
import { trpc } from '../../lib/trpc';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useLightForm } from '../../lib/use-light-form';
import { AuthLayout } from './auth-layout';
import { authSearch } from './auth-search';
import { PasswordField } from './password-field';
import { useEnterApp } from './use-enter-app';

export function SignInScreen({ redirectTo, email }: { redirectTo: string | null; email: string | null }) {
  useDocumentTitle('Sign in');
  const enterApp = useEnterApp();
  const [formError, setFormError] = useState<string | null>(null);
  // Not react-hook-form: this is the page most visits start on, and it would be a tenth of its
  // JavaScript (the 150 KiB budget; e2e/static-assets.test.ts).
  const form = useLightForm(signInInput, { email: email ?? '', password: '' });
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: (result) => enterApp(result.orgId, redirectTo),
      // Wrong email and wrong password get the same sentence: the API never says which.
      onError: (error) => setFormError(applyServerError(error, ['email', 'password'], form.setError)),
    }),
  );
  const { errors } = form;
  const typedEmail = form.values.email.trim();
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
          error={errors.email}
          {...form.field('email')}
        />
        <PasswordField
          label="Password"
          autoComplete="current-password"
          autoFocus={Boolean(email)}
          error={errors.password}
          {...form.field('password')}
        />
        <p className="-mt-2 text-right text-sm">
          {/* Carries what was typed, so the reset form starts with it. */}
          <Link
            to="/forgot-password"
            search={typedEmail ? { email: typedEmail } : {}}
            className={standaloneLinkClass}
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
