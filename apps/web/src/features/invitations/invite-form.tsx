import { zodResolver } from '@hookform/resolvers/zod';
import {
  createInvitationInput,
  emailSchema,
  invitableRoles,
  maxEmailsPerInvite,
  splitEmailList,
} from '@roster/core/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { DialogCancel, DialogFooter, useDialogDirty } from '../../components/ui/dialog';
import { Field } from '../../components/ui/field';
import { controlClass } from '../../components/ui/input';
import { Select } from '../../components/ui/select';
import { cn } from '../../lib/cn';
import { applyServerError } from '../../lib/form-errors';
import { trpc, type Org, type RouterOutputs } from '../../lib/trpc';
import { rosterChanged } from '../members/members-queries';
import { roleLabels } from '../organizations/org-format';
import { emailCountLabel } from './invitation-format';
import { InviteProjectsField } from './invite-projects-field';
import { useKnownPeople } from './known-people';
import { SeatsNote } from './seats-note';
import { seatTakers } from './seat-takers';

export type InviteResult = RouterOutputs['invitation']['create']['results'][number];

const schema = createInvitationInput;
export type InviteValues = z.input<typeof schema>;
const fields = ['emails', 'role', 'projects'] as const;

const roleHints = {
  admin: 'Admins invite people, manage members and change settings.',
  member: 'Members see the organization and work in the projects they are given.',
} as const;

/** Emails (pasted, many at once), a role, and optionally projects with a role each. */
export function InviteForm({
  org,
  initialEmails = '',
  onPendingChange,
  onInvited,
}: {
  org: Org;
  /** Addresses to start with ("Invite more" keeps those that failed). */
  initialEmails?: string;
  onPendingChange(pending: boolean): void;
  onInvited(results: InviteResult[]): void;
}) {
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<InviteValues, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { emails: initialEmails, role: 'member', projects: [] },
  });
  const known = useKnownPeople(org);
  const invite = useMutation(
    trpc.invitation.create.mutationOptions({
      onMutate: () => onPendingChange(true),
      onSettled: () => onPendingChange(false),
      onSuccess: async ({ results }) => {
        await rosterChanged(queryClient, org.id);
        onInvited(results);
      },
      onError: (error) => setFormError(applyServerError(error, fields, form.setError)),
    }),
  );
  const { errors } = form.formState;
  const watched = form.watch('emails');
  const emails = typeof watched === 'string' ? watched : watched.join(' ');
  // Each address once, as the server answers once per address.
  const typed = new Set(splitEmailList(emails).map((e) => e.toLowerCase()));
  const count = typed.size;
  // Each address still gets its own answer; the button counts only the ones that can be invited.
  const invalid = [...typed].filter((email) => !emailSchema.safeParse(email).success).length;
  const valid = count - invalid;
  const role = form.watch('role');
  // Closing a half-written invite (Esc, outside, ✕, Cancel) asks first.
  useDialogDirty((form.formState.isDirty || emails.trim() !== '') && !invite.isPending);

  const submit = form.handleSubmit((values) => {
    setFormError(null);
    invite.mutate({ orgId: org.id, ...values });
  });

  return (
    <form noValidate onSubmit={submit} className="space-y-5">
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
      <Field
        label="Emails"
        aside={
          <span className={cn(count > maxEmailsPerInvite && 'font-medium text-red-600')} aria-live="polite">
            {emailCountLabel(count, invalid)}
          </span>
        }
        hint={`Paste or type addresses separated by commas, spaces or new lines (up to ${maxEmailsPerInvite}).`}
        error={errors.emails?.message}
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            autoFocus
            placeholder="jane@example.com, sam@example.com"
            className={cn(controlClass, 'h-auto min-h-24 resize-y py-2 leading-5')}
            {...form.register('emails')}
          />
        )}
      </Field>
      <Field label="Role" hint={roleHints[role]} error={errors.role?.message}>
        {(control) => (
          <Select {...control} {...form.register('role')}>
            {invitableRoles.map((value) => (
              <option key={value} value={value}>
                {roleLabels[value]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <InviteProjectsField
        orgId={org.id}
        control={form.control}
        register={form.register}
        error={errors.projects}
      />
      <SeatsNote seats={org.seats} inviting={seatTakers(emails, known.members, known.invited)} />
      <DialogFooter>
        <DialogCancel disabled={invite.isPending} />
        <Button type="submit" loading={invite.isPending}>
          {valid > 1 ? `Invite ${valid} people` : 'Send invitation'}
        </Button>
      </DialogFooter>
    </form>
  );
}
