import { zodResolver } from '@hookform/resolvers/zod';
import { signUpInput } from '@roster/core/browser';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { TextField } from '../../components/ui/field';
import { standaloneLinkClass, textLinkClass } from '../../components/ui/text-link';
import { readApiError } from '../../lib/api-error';
import { applyServerError } from '../../lib/form-errors';
import { trpc } from '../../lib/trpc';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AuthLayout } from './auth-layout';
import { authSearch } from './auth-search';
import { PasswordField } from './password-field';
import { useEnterApp } from './use-enter-app';

type Values = z.input<typeof signUpInput>;
const fields = ['name', 'email', 'password', 'companyName'] as const;

export function SignUpScreen({ redirectTo, email }: { redirectTo: string | null; email: string | null }) {
  useDocumentTitle('Create your account');
  const enterApp = useEnterApp();
  const [formError, setFormError] = useState<string | null>(null);
  /** The email an account already has: the form then offers to sign in with it. */
  const [takenEmail, setTakenEmail] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof signUpInput>>({
    resolver: zodResolver(signUpInput),
    defaultValues: { name: '', email: email ?? '', password: '', companyName: '' },
  });
  const signUp = useMutation(
    trpc.auth.signUp.mutationOptions({
      onSuccess: (result) => enterApp(result.orgId, redirectTo),
      onError: (error) => {
        setFormError(applyServerError(error, fields, form.setError));
        const taken = readApiError(error).reason === 'EMAIL_TAKEN';
        setTakenEmail(taken ? form.getValues('email').trim() : null);
        // The link below the field says the rest ("Sign in instead" as words could not be clicked).
        if (taken)
          form.setError('email', { type: 'server', message: 'An account with this email already exists.' });
      },
    }),
  );
  const { errors } = form.formState;
  const typedEmail = form.watch('email');

  return (
    <AuthLayout
      title="Create your account"
      subtitle="Set up Roster for your company in a minute."
      footer={
        <>
          Already have an account?{' '}
          <Link to="/sign-in" search={authSearch(typedEmail, redirectTo)} className={textLinkClass}>
            Sign in
          </Link>
        </>
      }
    >
      <form
        noValidate
        className="space-y-4"
        onSubmit={form.handleSubmit((values) => {
          setFormError(null);
          signUp.mutate(values);
        })}
      >
        {formError && <ErrorAlert>{formError}</ErrorAlert>}
        <TextField
          label="Your name"
          autoComplete="name"
          autoFocus
          error={errors.name?.message}
          {...form.register('name')}
        />
        <TextField
          label="Work email"
          type="email"
          autoComplete="email"
          error={errors.email?.message}
          {...form.register('email')}
        />
        {takenEmail && typedEmail.trim() === takenEmail && (
          <p className="-mt-2 text-sm">
            <Link to="/sign-in" search={authSearch(takenEmail, redirectTo)} className={standaloneLinkClass}>
              Sign in as {takenEmail} instead
            </Link>
          </p>
        )}
        <PasswordField
          label="Password"
          autoComplete="new-password"
          hint="At least 8 characters, hard to guess: a few unrelated words work well."
          error={errors.password?.message}
          {...form.register('password')}
        />
        <TextField
          label="Company name"
          autoComplete="organization"
          aside="Optional"
          hint="Your organization in Roster. You can rename it later."
          error={errors.companyName?.message}
          {...form.register('companyName')}
        />
        <Button type="submit" className="w-full" loading={signUp.isPending || signUp.isSuccess}>
          Create account
        </Button>
      </form>
    </AuthLayout>
  );
}
