import { useId } from 'react';
import { breakAfter } from '../../components/ui/break-after';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { choiceInputClass, choiceRowClass } from '../api-keys/choice-classes';
import { eventLabel, webhookEventFamilies } from './webhook-events';

const families = webhookEventFamilies();

/** An event's name that wraps after its dots and underscores, not inside a word. */
const breakable = (name: string) => breakAfter(name, /(?<=[._])/);

/**
 * Which events the webhook gets: all of them (including events Roster adds later), or the ones
 * checked, grouped by family. `registerWhich` is `register('which')`, `registerEvents` `register('events')`.
 */
export function WebhookEventsField({
  which,
  error,
  registerWhich,
  registerEvents,
}: {
  which: 'all' | 'some';
  error?: string | undefined;
  registerWhich: UseFormRegisterReturn<'which'>;
  registerEvents: UseFormRegisterReturn<'events'>;
}) {
  const id = useId();
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} className="min-w-0 space-y-1.5">
      <legend className="mb-1.5 text-sm font-medium text-zinc-800">Events</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        <label className={choiceRowClass}>
          <input type="radio" value="all" className={choiceInputClass} {...registerWhich} />
          <span className="min-w-0">
            <span className="block text-sm font-medium text-zinc-900">All events</span>
            <span className="mt-0.5 block text-xs text-zinc-600">Including events Roster adds later.</span>
          </span>
        </label>
        <label className={choiceRowClass}>
          <input type="radio" value="some" className={choiceInputClass} {...registerWhich} />
          <span className="min-w-0">
            <span className="block text-sm font-medium text-zinc-900">Only some events</span>
            <span className="mt-0.5 block text-xs text-zinc-600">Choose them below.</span>
          </span>
        </label>
      </div>
      {/* Hidden rather than unmounted: the choices are kept while "All events" is on. */}
      <div
        hidden={which !== 'some'}
        className="max-h-72 space-y-3 overflow-y-auto rounded-md border border-zinc-200 px-3 py-3"
      >
        {families.map((family) => (
          <fieldset key={family.title} className="min-w-0">
            <legend className="mb-1 text-xs font-semibold tracking-wide text-zinc-600 uppercase">
              {family.title}
            </legend>
            <div className="grid gap-x-4 sm:grid-cols-2">
              {family.events.map((name) => (
                <label
                  key={name}
                  className="flex cursor-pointer items-start gap-2.5 rounded-md px-1 py-1.5 text-sm text-zinc-900 hover:bg-zinc-50 max-lg:min-h-11"
                >
                  <input type="checkbox" value={name} className={choiceInputClass} {...registerEvents} />
                  <span className="min-w-0">
                    <span className="block">{eventLabel(name)}</span>
                    <span className="block font-mono text-xs text-zinc-600">{breakable(name)}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
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
