import { ArrowDownWideNarrow, ArrowUpNarrowWide, Download } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { buttonLinkClass } from '../../components/ui/button-link';
import { Select } from '../../components/ui/select';
import { MembersSearch } from '../members/members-search';
import { firstDirection, type SortDirection } from './statistics-search-params';

/**
 * Above a tab's table: the search box (the table follows once typing pauses), the order as a menu
 * where columns are folded away (below 1280 px their headers cannot be clicked), and the CSV export.
 */
export function StatsToolbar({
  searchLabel,
  placeholder,
  typed,
  onType,
  searching,
  sorts,
  order,
  onOrder,
  exportUrl,
  exportLabel,
}: {
  searchLabel: string;
  placeholder: string;
  typed: string;
  onType(value: string): void;
  searching: boolean;
  /** Each sortable column: the API's sort and its header. */
  sorts: { sort: string; label: string }[];
  order: { sort: string; direction: SortDirection };
  onOrder(sort: string, direction: SortDirection): void;
  exportUrl: string;
  exportLabel: string;
}) {
  const turned: SortDirection = order.direction === 'asc' ? 'desc' : 'asc';
  return (
    <div className="flex flex-wrap items-center gap-3 border-b border-zinc-200 px-4 py-3">
      {/* The box gives way (down to 10 rem) so that the order and the export share its line. */}
      <div className="w-full sm:w-auto sm:max-w-xs sm:min-w-40 sm:flex-1">
        <MembersSearch
          label={searchLabel}
          placeholder={placeholder}
          value={typed}
          onChange={onType}
          searching={searching}
        />
      </div>
      <div className="flex items-center gap-2 xl:hidden">
        <div className="w-36 sm:w-40">
          <Select
            aria-label="Sort by"
            value={order.sort}
            onChange={(event) => onOrder(event.target.value, firstDirection(event.target.value))}
          >
            {sorts.map(({ sort, label }) => (
              <option key={sort} value={sort}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <Button
          variant="secondary"
          size="icon"
          className="lg:size-9"
          aria-label={order.direction === 'asc' ? 'Ascending: sort descending' : 'Descending: sort ascending'}
          title={order.direction === 'asc' ? 'Ascending' : 'Descending'}
          onClick={() => onOrder(order.sort, turned)}
        >
          {order.direction === 'asc' ? (
            <ArrowUpNarrowWide aria-hidden className="size-4" />
          ) : (
            <ArrowDownWideNarrow aria-hidden className="size-4" />
          )}
        </Button>
      </div>
      <a
        href={exportUrl}
        download
        aria-label={exportLabel}
        className={`${buttonLinkClass('secondary')} ml-auto`}
      >
        <Download aria-hidden className="size-4" />
        {/* "CSV" alone on a phone, where it shares a line with the order; named in full by aria-label. */}
        <span>
          <span className="max-sm:hidden">Export </span>CSV
        </span>
      </a>
    </div>
  );
}
