import { useQuery } from '@tanstack/react-query';
import { Search } from 'lucide-react';
import { useId, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Input } from '../../components/ui/input';
import { Skeleton } from '../../components/ui/skeleton';
import { keyProjectsQuery } from './api-key-queries';
import { choiceInputClass, choiceRowClass } from './choice-classes';

/** Past this many projects, a filter box helps find the ones to check. */
const filterFrom = 7;

/**
 * Which projects the key reaches: all of them (including projects created later), or only the
 * checked ones among the organization's active projects.
 */
export function ProjectsField({
  orgId,
  mode,
  error,
  registerMode,
  registerIds,
}: {
  orgId: string;
  mode: 'all' | 'some';
  error?: string | undefined;
  registerMode: UseFormRegisterReturn<'projects'>;
  registerIds: UseFormRegisterReturn<'projectIds'>;
}) {
  const id = useId();
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} className="min-w-0 space-y-1.5">
      <legend className="mb-1.5 text-sm font-medium text-zinc-800">Projects</legend>
      <div className="grid gap-2">
        <label className={choiceRowClass}>
          <input type="radio" value="all" className={choiceInputClass} {...registerMode} />
          <span className="min-w-0 text-sm">
            <span className="block font-medium text-zinc-900">All projects</span>
            <span className="mt-0.5 block text-xs text-zinc-600">Including projects created later.</span>
          </span>
        </label>
        <label className={choiceRowClass}>
          <input type="radio" value="some" className={choiceInputClass} {...registerMode} />
          <span className="min-w-0 text-sm">
            <span className="block font-medium text-zinc-900">Only some projects</span>
            <span className="mt-0.5 block text-xs text-zinc-600">The key cannot see any other project.</span>
          </span>
        </label>
      </div>
      {mode === 'some' && <ProjectChecklist orgId={orgId} register={registerIds} />}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-600">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function ProjectChecklist({
  orgId,
  register,
}: {
  orgId: string;
  register: UseFormRegisterReturn<'projectIds'>;
}) {
  const projects = useQuery(keyProjectsQuery(orgId));
  const [filter, setFilter] = useState('');
  if (projects.isPending) return <Skeleton className="h-28" />;
  if (projects.isError)
    return (
      <p className="text-sm text-red-600">Projects could not be loaded. Close the dialog and try again.</p>
    );
  const active = projects.data.filter((project) => !project.archivedAt);
  const term = filter.trim().toLowerCase();
  return (
    <div className="space-y-2 pt-1">
      {active.length >= filterFrom && (
        <div className="relative">
          <Search
            aria-hidden
            className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400"
          />
          <Input
            type="search"
            aria-label="Filter projects"
            placeholder="Filter projects"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            className="pl-9"
          />
        </div>
      )}
      <ul
        aria-label="Projects the key may reach"
        className="max-h-52 divide-y divide-zinc-100 overflow-y-auto rounded-md border border-zinc-200"
      >
        {active.map((project) => (
          // Filtered out rows stay mounted (hidden), so their checked state is kept in the form.
          <li key={project.id} hidden={term !== '' && !project.name.toLowerCase().includes(term)}>
            <label className="flex cursor-pointer items-center gap-3 px-3 py-2 text-sm text-zinc-900 hover:bg-zinc-50 max-lg:min-h-11">
              <input
                type="checkbox"
                value={project.id}
                className="size-4 shrink-0 accent-indigo-600"
                {...register}
              />
              <span className="min-w-0 [overflow-wrap:anywhere]">{project.name}</span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
