import type { ComponentProps } from 'react';
import { TextField } from '../../components/ui/field';

/** The invited email in the invite page's forms: shown, sent, but fixed (the invitation is bound to it). */
export function InvitedEmailField({ error, ...input }: { error?: string } & ComponentProps<'input'>) {
  return (
    <TextField
      label="Email"
      type="email"
      readOnly
      hint="The invitation is for this email."
      error={error}
      className="read-only:bg-zinc-50 read-only:text-zinc-600"
      {...input}
    />
  );
}
