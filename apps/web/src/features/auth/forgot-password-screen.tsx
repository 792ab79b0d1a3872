import { zodResolver } from '@hookform/resolvers/zod';
import { requestPasswordResetInput as schema } from '@roster/core/browser';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { MailCheck } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { buttonLinkClass } from '../../components/ui/button-link';
import { TextField } from '../../components/ui/field';
import { textLinkClass } from '../../components/ui/text-link';
import { readApiError } from '../../lib/api-error';
import { applyServerError } from '../../lib/form-errors';
import { trpc } from '../../lib/trpc';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AuthLayout } from './auth-layout';
import { LinkOutcome } from './link-outcome';

type Values = z.input<typeof schema>;

/** `/forgot-password`: asks for a reset link. Says the same whether or not the email has an account. */
export function ForgotPasswordScreen({ email: typedEmail }: { email: string | null }) {
  useDocumentTitle('Reset your password');
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { email: typedEmail ?? '' },
  });
  const request = useMutation(
    trpc.auth.requestPasswordReset.mutationOptions({
      onError: (error) => {
        // Too many requests: say so by the field (with the wait in words); the rest as usual.
        if (readApiError(error).reason === 'TOO_MANY_ATTEMPTS') {
          form.setError(
            'email',
            { type: 'server', message: readApiError(error).message },
            { shouldFocus: true },
          );
        } else {
          setFormError(applyServerError(error, ['email'], form.setError));
        }
      },
    }),
  );

  if (sentTo) {
    return (
      <LinkOutcome
        icon={MailCheck}
        tone="success"
        title="Check your email"
        actions={
          <>
            <Link to="/sign-in" search={{ email: sentTo }} className={buttonLinkClass('primary')}>
              Back to sign in
            </Link>
            <Button variant="secondary" onClick={() => setSentTo(null)}>
              Use another email
            </Button>
          </>
        }
      >
        <p role="status">
          If an account exists for{' '}
          <span className="font-medium [overflow-wrap:anywhere] text-zinc-900">{sentTo}</span>, we&apos;ve
          sent a link to choose a new password. It expires in 1 hour.
        </p>
        <p>No email? Check your spam folder, or try again in a few minutes.</p>
      </LinkOutcome>
    );
  }

  const { errors } = form.formState;
  return (
    <AuthLayout
      title="Reset your password"
      subtitle="Enter your account's email and we'll send you a link to choose a new password."
      footer={
        <>
          Remembered it?{' '}
          <Link to="/sign-in" className={textLinkClass}>
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
          request.mutate(values, { onSuccess: () => setSentTo(values.email) });
        })}
      >
        {formError && <ErrorAlert>{formError}</ErrorAlert>}
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          autoFocus
          error={errors.email?.message}
          {...form.register('email')}
        />
        <Button type="submit" className="w-full" loading={request.isPending}>
          Send reset link
        </Button>
      </form>
    </AuthLayout>
  );
}
