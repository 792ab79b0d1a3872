import { apiKeyScopes } from '@roster/core/browser';
import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { apiKeyScopeHints, apiKeyScopeLabels } from './api-key-format';
import { choiceInputClass, choiceRowClass } from './choice-classes';

/** One checkbox per scope, each with what it allows. `register` is `register('scopes')`. */
export function ScopesField({
  error,
  register,
}: {
  error?: string | undefined;
  register: UseFormRegisterReturn<'scopes'>;
}) {
  const id = useId();
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} className="min-w-0 space-y-1.5">
      <legend className="mb-1.5 text-sm font-medium text-zinc-800">Scopes</legend>
      <div className="grid gap-2">
        {apiKeyScopes.map((scope) => (
          <label key={scope} className={choiceRowClass}>
            <input
              type="checkbox"
              value={scope}
              aria-describedby={`${id}-${scope}`}
              className={choiceInputClass}
              {...register}
            />
            <span className="min-w-0">
              <span className="block text-sm font-medium text-zinc-900">
                {apiKeyScopeLabels[scope]} <span className="font-mono text-xs text-zinc-600">{scope}</span>
              </span>
              <span id={`${id}-${scope}`} className="mt-0.5 block text-xs text-zinc-600">
                {apiKeyScopeHints[scope]}
              </span>
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-600">
          {error}
        </p>
      )}
    </fieldset>
  );
}
