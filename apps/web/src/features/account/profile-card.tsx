import { zodResolver } from '@hookform/resolvers/zod';
import { renameAccountInput } from '@roster/core/browser';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Card, CardBody, CardFooter, CardHeader } from '../../components/ui/card';
import { TextField } from '../../components/ui/field';
import { Skeleton } from '../../components/ui/skeleton';
import { toast } from '../../components/ui/toaster';
import { applyServerError } from '../../lib/form-errors';
import { trpc } from '../../lib/trpc';
import { meQuery } from '../auth/session';
import { accountQuery } from './account-queries';

type Values = z.input<typeof renameAccountInput>;

/** The name teammates see, in emails and on every page. */
export function ProfileCard() {
  const me = useQuery(meQuery());
  const name = me.data?.user.name;
  return (
    <Card>
      <CardHeader title="Name" description="How teammates see you in Roster and in its emails." />
      {name === undefined ? (
        <CardBody>
          <Skeleton className="h-16 w-full" />
        </CardBody>
      ) : (
        <NameForm name={name} />
      )}
    </Card>
  );
}

function NameForm({ name }: { name: string }) {
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof renameAccountInput>>({
    resolver: zodResolver(renameAccountInput),
    defaultValues: { name },
  });
  const rename = useMutation(
    trpc.account.rename.mutationOptions({
      onSuccess: async (user) => {
        form.reset({ name: user.name });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: meQuery().queryKey }),
          queryClient.invalidateQueries({ queryKey: accountQuery().queryKey }),
        ]);
        toast.success('Name saved.');
      },
      onError: (error) => setFormError(applyServerError(error, ['name'], form.setError)),
    }),
  );
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        rename.mutate(values);
      })}
    >
      <CardBody className="max-w-lg space-y-4">
        {formError && <ErrorAlert>{formError}</ErrorAlert>}
        <TextField
          label="Full name"
          autoComplete="name"
          error={form.formState.errors.name?.message}
          {...form.register('name')}
        />
      </CardBody>
      <CardFooter>
        <Button type="submit" loading={rename.isPending} disabled={!form.formState.isDirty}>
          Save name
        </Button>
      </CardFooter>
    </form>
  );
}
