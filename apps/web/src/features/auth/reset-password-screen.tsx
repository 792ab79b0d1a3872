import { zodResolver } from '@hookform/resolvers/zod';
import { resetPasswordInput } from '@roster/core/browser';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { textLinkClass } from '../../components/ui/text-link';
import { toast } from '../../components/ui/toaster';
import { applyServerError } from '../../lib/form-errors';
import { trpc } from '../../lib/trpc';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AuthLayout } from './auth-layout';
import { linkProblem, type LinkProblem } from './link-problem';
import { PasswordField } from './password-field';
import { ResetLinkProblem } from './reset-link-problem';
import { useEnterApp } from './use-enter-app';

// The token comes from the link, not the form.
const schema = resetPasswordInput.pick({ password: true });
type Values = z.input<typeof schema>;

/** `/reset-password/$token`: the link in the reset email. A new password signs in here, and out elsewhere. */
export function ResetPasswordScreen({ token }: { token: string }) {
  useDocumentTitle('Choose a new password');
  const enterApp = useEnterApp();
  const [formError, setFormError] = useState<string | null>(null);
  const [problem, setProblem] = useState<LinkProblem | null>(null);
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { password: '' },
  });
  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({
      onSuccess: async ({ orgId }) => {
        await enterApp(orgId, null);
        toast.success('Password changed. Other sessions were signed out.');
      },
      onError: (error) => {
        const linkFailed = linkProblem(error);
        if (linkFailed) setProblem(linkFailed);
        else setFormError(applyServerError(error, ['password'], form.setError));
      },
    }),
  );

  if (problem) return <ResetLinkProblem problem={problem} />;
  const { errors } = form.formState;
  return (
    <AuthLayout
      title="Choose a new password"
      subtitle="You will be signed in, and signed out on every other device."
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
          reset.mutate({ token, password: values.password });
        })}
      >
        {formError && <ErrorAlert>{formError}</ErrorAlert>}
        <PasswordField
          label="New password"
          autoComplete="new-password"
          autoFocus
          hint="At least 8 characters. Avoid common passwords."
          error={errors.password?.message}
          {...form.register('password')}
        />
        <Button type="submit" className="w-full" loading={reset.isPending || reset.isSuccess}>
          Change password
        </Button>
      </form>
    </AuthLayout>
  );
}
