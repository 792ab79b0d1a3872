import { RosterTable, type RosterColumn } from '../members/roster-table';
import { ApiKeyRowMenu } from './api-key-row-menu';
import { ExpiresCell, KeyCell, LastUsedCell, ProjectsCell, ScopeChips, StatusChip } from './api-key-cells';
import type { ApiKey } from './api-key-queries';

// Below 1024 px: the key (everything else folded under its name) and ⋮. From 1024 px scopes and
// projects have columns (the status stays beside the name, so that names have room beside the
// sidebar); from 1280 px last use, expiry and status too. Nothing scrolls sideways.
const columns: RosterColumn<ApiKey>[] = [
  { id: 'key', header: 'Key', cell: (key) => <KeyCell apiKey={key} /> },
  {
    id: 'scopes',
    header: 'Scopes',
    cell: (key) => <ScopeChips scopes={key.scopes} />,
    className: 'hidden w-36 lg:table-cell',
  },
  {
    id: 'projects',
    header: 'Projects',
    cell: (key) => <ProjectsCell apiKey={key} />,
    className: 'hidden w-36 lg:table-cell',
  },
  {
    id: 'lastUsed',
    header: 'Last used',
    cell: (key) => <LastUsedCell apiKey={key} />,
    className: 'hidden w-28 whitespace-nowrap xl:table-cell',
  },
  {
    id: 'expires',
    header: 'Expires',
    cell: (key) => <ExpiresCell apiKey={key} />,
    className: 'hidden w-28 whitespace-nowrap xl:table-cell',
  },
  {
    id: 'status',
    header: 'Status',
    cell: (key) => <StatusChip apiKey={key} />,
    className: 'hidden w-24 xl:table-cell',
  },
  {
    id: 'actions',
    header: <span className="sr-only">Actions</span>,
    cell: (key) => <ApiKeyRowMenu apiKey={key} />,
    className: 'w-14 pl-0 text-right max-lg:w-16 max-sm:pr-2',
  },
];

export function ApiKeysTable({ apiKeys }: { apiKeys: ApiKey[] }) {
  return <RosterTable caption="API keys" columns={columns} rows={apiKeys} rowKey={(key) => key.id} />;
}
