import { projectRoleLabels, projectRoles } from '@roster/core/browser';
import { useQuery } from '@tanstack/react-query';
import { X } from 'lucide-react';
import { useFieldArray, type Control, type FieldError, type UseFormRegister } from 'react-hook-form';
import { Button } from '../../components/ui/button';
import { Select } from '../../components/ui/select';
import { trpc } from '../../lib/trpc';
import type { InviteValues } from './invite-form';

interface InviteProjectsFieldProps {
  orgId: string;
  control: Control<InviteValues>;
  register: UseFormRegister<InviteValues>;
  error: { message?: string } | FieldError | undefined;
}

/** Optional projects the invitees join on acceptance, each with a project role. */
export function InviteProjectsField({ orgId, control, register, error }: InviteProjectsFieldProps) {
  const projects = useQuery(trpc.project.list.queryOptions({ orgId }));
  const chosen = useFieldArray({ control, name: 'projects' });
  const nameOf = new Map(projects.data?.map((p) => [p.id, p.name]));
  const available = projects.data?.filter((p) => !chosen.fields.some((c) => c.projectId === p.id)) ?? [];

  return (
    <fieldset className="space-y-2">
      <div className="flex items-baseline justify-between gap-2">
        <legend className="text-sm font-medium text-zinc-800">Projects</legend>
        <span className="text-xs text-zinc-500">Optional</span>
      </div>
      {chosen.fields.length > 0 && (
        <ul className="space-y-2">
          {chosen.fields.map((field, index) => (
            <li key={field.id} className="flex items-center gap-2">
              <span className="min-w-0 flex-1 truncate text-sm text-zinc-800">
                {nameOf.get(field.projectId) ?? 'Project'}
              </span>
              <div className="w-40">
                <Select
                  aria-label={`Role in ${nameOf.get(field.projectId) ?? 'the project'}`}
                  {...register(`projects.${index}.role`)}
                >
                  {projectRoles.map((role) => (
                    <option key={role} value={role}>
                      {projectRoleLabels[role]}
                    </option>
                  ))}
                </Select>
              </div>
              <Button
                variant="ghost"
                size="icon"
                aria-label={`Remove ${nameOf.get(field.projectId) ?? 'project'}`}
                onClick={() => chosen.remove(index)}
              >
                <X aria-hidden className="size-4" />
              </Button>
            </li>
          ))}
        </ul>
      )}
      {projects.isError ? (
        <p className="text-sm text-red-600">Projects could not be loaded.</p>
      ) : (
        <Select
          aria-label="Add a project"
          value=""
          disabled={!projects.data || available.length === 0}
          onChange={(event) => {
            if (event.target.value) chosen.append({ projectId: event.target.value, role: 'contributor' });
          }}
        >
          <option value="">
            {projects.isPending
              ? 'Loading projects…'
              : available.length === 0
                ? 'No more projects to add'
                : 'Add a project…'}
          </option>
          {available.map((project) => (
            <option key={project.id} value={project.id}>
              {project.name}
            </option>
          ))}
        </Select>
      )}
      {error?.message ? (
        <p role="alert" className="text-sm text-red-600">
          {error.message}
        </p>
      ) : (
        <p className="text-xs text-zinc-500">Invitees join these projects when they accept.</p>
      )}
    </fieldset>
  );
}
