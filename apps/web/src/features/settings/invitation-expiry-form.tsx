import { zodResolver } from '@hookform/resolvers/zod';
import { invitationExpiries, invitationExpiryLabels, updateOrgSettingsInput } from '@roster/core/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Lock } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Card, CardBody, CardFooter, CardHeader } from '../../components/ui/card';
import { Field } from '../../components/ui/field';
import { Select } from '../../components/ui/select';
import { toast } from '../../components/ui/toaster';
import { applyServerError } from '../../lib/form-errors';
import { trpc, type Org } from '../../lib/trpc';
import { orgChanged } from '../organizations/org-queries';

const schema = updateOrgSettingsInput.pick({ invitationExpiry: true });
type Values = z.input<typeof schema>;

/** How long invitation links stay valid. Editable by owners and admins; read-only for members. */
export function InvitationExpiryForm({ org, editable }: { org: Org; editable: boolean }) {
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { invitationExpiry: org.settings.invitationExpiry },
  });
  const save = useMutation(
    trpc.org.updateSettings.mutationOptions({
      onSuccess: async (updated) => {
        form.reset({ invitationExpiry: updated.settings.invitationExpiry });
        await orgChanged(queryClient, updated);
        toast.success('Settings saved');
      },
      onError: (error) => setFormError(applyServerError(error, ['invitationExpiry'], form.setError)),
    }),
  );
  const submit = form.handleSubmit((values) => {
    setFormError(null);
    save.mutate({ orgId: org.id, ...values });
  });

  return (
    <form noValidate onSubmit={submit}>
      <Card>
        <CardHeader title="Invitations" description="How long a link sent to invite someone stays valid." />
        <CardBody className="space-y-4">
          {formError && <ErrorAlert>{formError}</ErrorAlert>}
          <div className="max-w-xs">
            <Field
              label="Invitation links expire after"
              error={form.formState.errors.invitationExpiry?.message}
            >
              {(control) => (
                <Select {...control} disabled={!editable} {...form.register('invitationExpiry')}>
                  {invitationExpiries.map((value) => (
                    <option key={value} value={value}>
                      {invitationExpiryLabels[value]}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          </div>
        </CardBody>
        {editable ? (
          <CardFooter>
            <Button type="submit" loading={save.isPending} disabled={!form.formState.isDirty}>
              Save changes
            </Button>
          </CardFooter>
        ) : (
          <CardFooter>
            <p className="mr-auto flex items-center gap-2 text-sm text-zinc-500">
              <Lock aria-hidden className="size-4" />
              Only owners and admins can change these settings.
            </p>
          </CardFooter>
        )}
      </Card>
    </form>
  );
}
