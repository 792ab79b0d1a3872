import { zodResolver } from '@hookform/resolvers/zod';
import { addProjectMemberInput, projectRoleLabels, projectRoles } from '@roster/core/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog, DialogFooter } from '../../components/ui/dialog';
import { Field } from '../../components/ui/field';
import { Select } from '../../components/ui/select';
import { toast } from '../../components/ui/toaster';
import { applyServerError } from '../../lib/form-errors';
import { trpc } from '../../lib/trpc';
import { MemberPicker, type OrgMember } from './member-picker';
import { projectRoleDescriptions } from './project-format';
import { projectsChanged, type Project } from './project-queries';

const schema = addProjectMemberInput
  .pick({ role: true })
  .extend({ userId: z.string().min(1, { error: 'Choose someone to add.' }) });
type Values = z.input<typeof schema>;
const fields = ['userId', 'role'] as const;

/** "Add member": pick someone in the organization who is not in the project yet, and their role. */
export function AddMemberDialog({
  orgId,
  project,
  memberIds,
  open,
  onOpenChange,
}: {
  orgId: string;
  project: Project;
  memberIds: ReadonlySet<string>;
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const [person, setPerson] = useState<OrgMember | null>(null);
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { userId: '', role: 'viewer' },
  });
  const { reset } = form;
  useEffect(() => {
    if (!open) return;
    reset({ userId: '', role: 'viewer' });
    setPerson(null);
    setFormError(null);
  }, [open, reset]);

  const add = useMutation(trpc.project.member.add.mutationOptions());
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const added = await add.mutateAsync({ orgId, projectId: project.id, ...values });
      await projectsChanged(queryClient);
      onOpenChange(false);
      toast.success(`Added ${added.name} to ${project.name}`);
    } catch (error) {
      setFormError(applyServerError(error, fields, form.setError));
    }
  });
  const role = form.watch('role');

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !add.isPending && onOpenChange(next)}
      title="Add member"
      description={`Give someone in the organization a role in ${project.name}.`}
    >
      <form noValidate onSubmit={submit} className="space-y-4">
        {formError && <ErrorAlert>{formError}</ErrorAlert>}
        <Controller
          control={form.control}
          name="userId"
          render={({ field, fieldState }) => (
            <MemberPicker
              orgId={orgId}
              excluded={memberIds}
              selected={person}
              onSelect={(member) => {
                setPerson(member);
                field.onChange(member.userId);
              }}
              error={fieldState.error?.message}
              inputRef={field.ref}
            />
          )}
        />
        <Field
          label="Project role"
          error={form.formState.errors.role?.message}
          hint={projectRoleDescriptions[role]}
        >
          {(control) => (
            <Select {...control} {...form.register('role')}>
              {projectRoles.map((value) => (
                <option key={value} value={value}>
                  {projectRoleLabels[value]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <DialogFooter>
          <Button variant="secondary" disabled={add.isPending} onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" loading={add.isPending}>
            Add to project
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
