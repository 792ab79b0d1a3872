import type { AuditRecordDto } from '@roster/core/browser';
import { useSyncExternalStore } from 'react';
import { useNow } from '../usage/use-now';
import { AuditRow } from './audit-row';

// The breakpoints at which columns appear (Tailwind's md, xl) and how many: Who and when at
// 768 px; Target and IP address at 1280 px (at 1024 the sidebar takes their room from the sentence).
const columnQueries = [
  { query: '(min-width: 48rem)', columns: 1 },
  { query: '(min-width: 80rem)', columns: 2 },
];

function subscribe(onChange: () => void) {
  const lists = columnQueries.map(({ query }) => window.matchMedia(query));
  for (const list of lists) list.addEventListener('change', onChange);
  return () => {
    for (const list of lists) list.removeEventListener('change', onChange);
  };
}

/**
 * How many columns show at this width: an opened record's details span exactly those (spanning
 * hidden ones too would give them room in the fixed layout, squeezing the sentence).
 */
function useColumnCount(): number {
  return useSyncExternalStore(
    subscribe,
    () =>
      columnQueries.reduce(
        (count, { query, columns }) => count + (window.matchMedia(query).matches ? columns : 0),
        2,
      ),
    () => 5,
  );
}

/**
 * The records, newest first. At 390 px: the sentence (who and when under it) and the chevron; from
 * 768 px who and when have a column, from 1280 px the target and the IP. Nothing scrolls sideways.
 */
export function AuditTable({ records }: { records: AuditRecordDto[] }) {
  // "2 minutes ago" keeps up while the page stays open.
  const now = useNow(30_000);
  const columns = useColumnCount();
  return (
    <table className="w-full table-fixed text-left text-sm">
      <caption className="sr-only">Audit log, newest first</caption>
      <thead className="border-b border-zinc-200 text-xs font-medium text-zinc-600">
        <tr>
          <th scope="col" className="hidden w-56 px-4 py-2.5 font-medium md:table-cell">
            Who and when
          </th>
          <th scope="col" className="px-4 py-2.5 font-medium">
            Change
          </th>
          <th scope="col" className="hidden w-44 px-4 py-2.5 font-medium xl:table-cell">
            Target
          </th>
          <th scope="col" className="hidden w-36 px-4 py-2.5 font-medium xl:table-cell">
            IP address
          </th>
          <th scope="col" className="w-14 py-2.5 pr-2 pl-0">
            <span className="sr-only">Details</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <AuditRow key={record.id} record={record} now={now} columns={columns} />
        ))}
      </tbody>
    </table>
  );
}
