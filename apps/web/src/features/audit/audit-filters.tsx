import { X } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import { Button } from '../../components/ui/button';
import { Input } from '../../components/ui/input';
import { Select } from '../../components/ui/select';
import { actionGroups } from './audit-actions';
import type { ActorChoices } from './audit-actors';
import { hasFilters, isDay, type AuditSearch } from './audit-search-params';

function Labelled({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children(id: string): ReactNode;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-zinc-600">
        {label}
      </label>
      {children(id)}
    </div>
  );
}

/**
 * The filters above the log: who, what, and which days (UTC, both included). Every change goes to
 * the URL at once (replacing the history entry), so the view can be linked and the Back button
 * leaves the page.
 */
export function AuditFilters({
  search,
  actors,
  onChange,
}: {
  search: AuditSearch;
  /** null while members and API keys load. */
  actors: ActorChoices | null;
  onChange(next: AuditSearch): void;
}) {
  const set = (patch: Partial<AuditSearch>) => {
    const next = { ...search, ...patch };
    for (const key of Object.keys(next) as (keyof AuditSearch)[]) if (!next[key]) delete next[key];
    onChange(next);
  };
  const setDay = (key: 'from' | 'to', value: string) => {
    if (value === '' || isDay(value)) set({ [key]: value || undefined });
  };

  return (
    // A phone: who and what on a line each, the days side by side; 768 px: who and what, then the
    // days; 1280 px: all on one line.
    <div className="grid grid-cols-2 gap-3 border-b border-zinc-200 px-4 py-3 md:grid-cols-4 xl:flex xl:flex-wrap xl:items-end">
      <Labelled label="Actor" className="col-span-2 xl:w-48">
        {(id) => (
          <Select id={id} value={search.actor ?? ''} onChange={(event) => set({ actor: event.target.value })}>
            <option value="">Anyone</option>
            {actors?.other && <option value={actors.other.value}>{actors.other.label}</option>}
            {actors && actors.people.length > 0 && (
              <optgroup label="People">
                {actors.people.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </optgroup>
            )}
            {actors && actors.apiKeys.length > 0 && (
              <optgroup label="API keys">
                {actors.apiKeys.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </optgroup>
            )}
          </Select>
        )}
      </Labelled>
      <Labelled label="Action" className="col-span-2 xl:w-56">
        {(id) => (
          <Select
            id={id}
            value={search.action ?? ''}
            onChange={(event) => set({ action: event.target.value })}
          >
            <option value="">Any action</option>
            {actionGroups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.choices.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        )}
      </Labelled>
      <Labelled label="From (UTC)" className="xl:w-36">
        {(id) => (
          <Input
            id={id}
            type="date"
            value={search.from ?? ''}
            max={search.to}
            onChange={(event) => setDay('from', event.target.value)}
          />
        )}
      </Labelled>
      <Labelled label="To (UTC)" className="xl:w-36">
        {(id) => (
          <Input
            id={id}
            type="date"
            value={search.to ?? ''}
            min={search.from}
            onChange={(event) => setDay('to', event.target.value)}
          />
        )}
      </Labelled>
      {hasFilters(search) && (
        <Button
          variant="ghost"
          className="col-span-2 self-end justify-self-start"
          onClick={() => onChange({})}
        >
          <X aria-hidden className="size-4" />
          Clear filters
        </Button>
      )}
    </div>
  );
}
