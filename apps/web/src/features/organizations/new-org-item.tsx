import { Plus } from 'lucide-react';
import { useId } from 'react';
import { DropdownMenuItem } from '../../components/ui/dropdown-menu';
import { ownedOrgsLabel } from './org-format';

/**
 * The switcher's "New Organization", under how many organizations the person owns of their limit.
 * At the limit it is disabled and says who can raise it, before any dialog opens.
 */
export function NewOrgItem({
  owned,
  onSelect,
}: {
  owned: { count: number; limit: number } | undefined;
  onSelect(): void;
}) {
  const noteId = useId();
  const atLimit = owned !== undefined && owned.count >= owned.limit;
  return (
    <>
      <DropdownMenuItem disabled={atLimit} onSelect={onSelect} aria-describedby={owned ? noteId : undefined}>
        <span className="flex size-6 items-center justify-center rounded-md border border-dashed border-zinc-300 text-zinc-500">
          <Plus aria-hidden className="size-3.5" />
        </span>
        New Organization
      </DropdownMenuItem>
      {owned && (
        <p id={noteId} className="px-2 pt-1 pb-1.5 text-xs text-zinc-600">
          {ownedOrgsLabel(owned)}.{atLimit && ' That is your limit: your Roster operator can raise it.'}
        </p>
      )}
    </>
  );
}
