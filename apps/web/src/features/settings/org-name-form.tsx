import { zodResolver } from '@hookform/resolvers/zod';
import { renameOrgInput } from '@roster/core/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Lock } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Card, CardBody, CardFooter, CardHeader } from '../../components/ui/card';
import { TextField } from '../../components/ui/field';
import { toast } from '../../components/ui/toaster';
import { applyServerError } from '../../lib/form-errors';
import { trpc, type Org } from '../../lib/trpc';
import { orgChanged } from '../organizations/org-queries';

type Values = z.input<typeof renameOrgInput>;

/** The organization's name, renamed in place by owners and admins; read-only for members. */
export function OrgNameForm({ org, editable }: { org: Org; editable: boolean }) {
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof renameOrgInput>>({
    resolver: zodResolver(renameOrgInput),
    defaultValues: { name: org.name },
  });
  const rename = useMutation(
    trpc.org.rename.mutationOptions({
      onSuccess: async (renamed) => {
        form.reset({ name: renamed.name });
        await orgChanged(queryClient, renamed);
        toast.success('Organization renamed');
      },
      onError: (error) => setFormError(applyServerError(error, ['name'], form.setError)),
    }),
  );
  const submit = form.handleSubmit((values) => {
    setFormError(null);
    rename.mutate({ orgId: org.id, ...values });
  });

  return (
    <form noValidate onSubmit={submit}>
      <Card>
        <CardHeader title="Name" description="Everyone in the organization sees this name." />
        <CardBody className="space-y-4">
          {formError && <ErrorAlert>{formError}</ErrorAlert>}
          <div className="max-w-md">
            <TextField
              label="Organization name"
              autoComplete="off"
              readOnly={!editable}
              error={form.formState.errors.name?.message}
              {...form.register('name')}
            />
          </div>
        </CardBody>
        <CardFooter>
          {editable ? (
            <Button type="submit" loading={rename.isPending} disabled={!form.formState.isDirty}>
              Save name
            </Button>
          ) : (
            <p className="mr-auto flex items-center gap-2 text-sm text-zinc-500">
              <Lock aria-hidden className="size-4" />
              Only owners and admins can rename the organization.
            </p>
          )}
        </CardFooter>
      </Card>
    </form>
  );
}
