import { Search, X } from 'lucide-react';
import { focusRing } from '../../components/ui/button';
import { Input } from '../../components/ui/input';
import { Spinner } from '../../components/ui/spinner';
import { cn } from '../../lib/cn';

/** The search box above a tab's table; the table follows once typing pauses. */
export function MembersSearch({
  label,
  placeholder = 'Search by name or email',
  value,
  onChange,
  searching,
}: {
  label: string;
  placeholder?: string;
  value: string;
  onChange(value: string): void;
  searching: boolean;
}) {
  return (
    <div className="relative w-full sm:max-w-xs">
      <Search
        aria-hidden
        className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400"
      />
      <Input
        type="search"
        aria-label={label}
        placeholder={placeholder}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && value && onChange('')}
        className="pr-9 pl-9 max-lg:pr-11 [&::-webkit-search-cancel-button]:hidden"
      />
      <span className="absolute top-1/2 right-2.5 flex -translate-y-1/2 items-center text-zinc-400 max-lg:right-0 max-lg:min-w-11 max-lg:justify-center">
        {searching ? (
          <Spinner label="Searching" />
        ) : (
          value && (
            <button
              type="button"
              aria-label="Clear search"
              className={cn(
                'inline-flex items-center justify-center rounded-sm p-0.5 hover:text-zinc-700 max-lg:size-11',
                focusRing,
              )}
              onClick={() => onChange('')}
            >
              <X aria-hidden className="size-4" />
            </button>
          )
        )}
      </span>
    </div>
  );
}
