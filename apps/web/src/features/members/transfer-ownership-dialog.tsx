import { useEffect, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Dialog, DialogCancel, DialogFooter } from '../../components/ui/dialog';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { useCurrentOrg } from '../organizations/org-queries';
import { useTransferOwnership } from './member-mutations';
import type { Member } from './members-queries';

/**
 * Hands the organization to a member, confirmed by typing its name (as GitHub does): the button
 * stays disabled until the name matches exactly. A plain member is promoted straight to owner.
 */
export function TransferOwnershipDialog({
  member,
  open,
  onOpenChange,
}: {
  member: Member;
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const org = useCurrentOrg();
  const [typed, setTyped] = useState('');
  const transfer = useTransferOwnership(org.id, member, () => onOpenChange(false));
  useEffect(() => {
    if (open) setTyped('');
  }, [open]);
  const matches = typed === org.name;

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !transfer.isPending && onOpenChange(next)}
      title={`Transfer ownership to ${member.name}?`}
      description={
        <>
          {member.name} ({member.email}) becomes the owner of {org.name}
          {member.role === 'member' ? ', promoted from member' : ''}. You become an admin, and only the new
          owner can hand ownership back.
        </>
      }
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (matches) transfer.mutate({ orgId: org.id, userId: member.userId });
        }}
      >
        <Field label={`Type ${org.name} to confirm`}>
          {(control) => (
            <Input
              {...control}
              autoComplete="off"
              spellCheck={false}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
          )}
        </Field>
        <DialogFooter>
          <DialogCancel disabled={transfer.isPending} />
          <Button type="submit" variant="danger" disabled={!matches} loading={transfer.isPending}>
            Transfer ownership
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
