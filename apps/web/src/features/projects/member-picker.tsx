import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Search } from 'lucide-react';
import { useId, useState, type Ref } from 'react';
import { Avatar } from '../../components/ui/avatar';
import { Input } from '../../components/ui/input';
import { Skeleton } from '../../components/ui/skeleton';
import { Spinner } from '../../components/ui/spinner';
import { cn } from '../../lib/cn';
import { trpc, type RouterOutputs } from '../../lib/trpc';
import { roleLabels } from '../organizations/org-format';
import { useDebouncedValue } from '../../lib/use-debounced-value';

export type OrgMember = RouterOutputs['member']['list']['items'][number];
const pageSize = 20;

/**
 * Finds a member of the organization by name or email and picks one (native radios: arrow keys
 * move between them). People already in the project are left out.
 */
export function MemberPicker({
  orgId,
  excluded,
  selected,
  onSelect,
  error,
  inputRef,
}: {
  orgId: string;
  excluded: ReadonlySet<string>;
  selected: OrgMember | null;
  onSelect(member: OrgMember): void;
  error?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const id = useId();
  const [search, setSearch] = useState('');
  const term = useDebouncedValue(search.trim());
  const members = useQuery({
    ...trpc.member.list.queryOptions({ orgId, limit: pageSize, ...(term ? { search: term } : {}) }),
    placeholderData: keepPreviousData,
  });
  const candidates = members.data?.items.filter((m) => !excluded.has(m.userId)) ?? [];

  let status: string | null = null;
  if (members.isError) status = 'Members could not be loaded. Close the dialog and try again.';
  else if (members.data && candidates.length === 0)
    status = term
      ? `No one else matches “${term}”.`
      : 'Everyone in the organization is already in this project.';
  else if (members.data?.nextCursor)
    status = 'Showing the first matches. Type a name or email to narrow them.';

  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} className="min-w-0 space-y-1.5">
      <legend className="mb-1.5 text-sm font-medium text-zinc-800">Person</legend>
      <div className="relative">
        <Search
          aria-hidden
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400"
        />
        <Input
          ref={inputRef}
          type="search"
          aria-label="Search members by name or email"
          placeholder="Search by name or email"
          autoComplete="off"
          autoFocus
          aria-invalid={error ? true : undefined}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          className="pl-9"
        />
        {members.isFetching && (
          <Spinner className="absolute top-1/2 right-3 -translate-y-1/2 text-zinc-400" label="Searching" />
        )}
      </div>
      {members.isPending && <Skeleton className="h-28" />}
      {candidates.length > 0 && (
        <div className="max-h-56 divide-y divide-zinc-100 overflow-y-auto rounded-md border border-zinc-200">
          {candidates.map((member) => (
            <label
              key={member.userId}
              className={cn(
                'flex cursor-pointer items-center gap-3 px-3 py-2 hover:bg-zinc-50',
                'has-checked:bg-indigo-50/60 has-focus-visible:ring-2 has-focus-visible:ring-indigo-500 has-focus-visible:ring-inset',
              )}
            >
              <input
                type="radio"
                name={`${id}-person`}
                value={member.userId}
                checked={selected?.userId === member.userId}
                onChange={() => onSelect(member)}
                className="size-4 shrink-0 accent-indigo-600 outline-none"
              />
              <Avatar name={member.name} className="size-7 text-[10px]" />
              <span className="min-w-0 flex-1">
                <span className="block truncate text-sm font-medium text-zinc-900">{member.name}</span>
                <span className="block truncate text-xs text-zinc-500">{member.email}</span>
              </span>
              <span className="text-xs text-zinc-500">{roleLabels[member.role]}</span>
            </label>
          ))}
        </div>
      )}
      {status && <p className="text-xs text-zinc-500">{status}</p>}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-600">
          {error}
        </p>
      )}
    </fieldset>
  );
}
