import { projectVisibilities, projectVisibilityLabels } from '@roster/core/browser';
import { Globe, Lock } from 'lucide-react';
import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { cn } from '../../lib/cn';
import { visibilityDescriptions } from './project-format';

const icons = { members: Lock, organization: Globe } as const;

/**
 * Who can see the project: one native radio per choice (arrow keys move between them), each with
 * what it means. `register` is react-hook-form's `register('visibility')`.
 */
export function VisibilityField({
  error,
  register,
}: {
  error?: string | undefined;
  register: UseFormRegisterReturn<'visibility'>;
}) {
  const id = useId();
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} className="min-w-0 space-y-1.5">
      <legend className="mb-1.5 text-sm font-medium text-zinc-800">Visibility</legend>
      <div className="grid gap-2">
        {projectVisibilities.map((value) => {
          const Icon = icons[value];
          return (
            <label
              key={value}
              className={cn(
                'flex cursor-pointer items-start gap-3 rounded-lg border border-zinc-200 bg-white px-3 py-2.5 transition-colors hover:bg-zinc-50',
                'has-checked:border-indigo-500 has-checked:bg-indigo-50/50 has-checked:ring-1 has-checked:ring-indigo-500',
                'has-focus-visible:ring-2 has-focus-visible:ring-indigo-500',
              )}
            >
              <input
                type="radio"
                value={value}
                aria-describedby={`${id}-${value}`}
                className="mt-0.5 size-4 shrink-0 accent-indigo-600 outline-none"
                {...register}
              />
              <span className="min-w-0">
                <span className="flex items-center gap-1.5 text-sm font-medium text-zinc-900">
                  <Icon aria-hidden className="size-3.5 text-zinc-500" />
                  {projectVisibilityLabels[value]}
                </span>
                <span id={`${id}-${value}`} className="mt-0.5 block text-xs text-zinc-500">
                  {visibilityDescriptions[value]}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-600">
          {error}
        </p>
      )}
    </fieldset>
  );
}
