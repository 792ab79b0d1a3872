import { MailX } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { Select } from '../../components/ui/select';
import { invitationStatusLabels } from '../invitations/invitation-format';
import { filterInvitations } from './invitation-filter';
import { InvitationsTable } from './invitations-table';
import { MembersBody } from './members-body';
import type { Invitation } from './members-queries';
import { MembersSearch } from './members-search';
import { invitationFilters, type InvitationFilter } from './members-search-params';

const filterLabel = (filter: InvitationFilter) =>
  filter === 'all' ? 'All invitations' : invitationStatusLabels[filter];

/** The Invitations tab: pending ones by date, the others behind the status filter. */
export function InvitationsPanel({
  invitations,
  typed,
  search,
  onType,
  status,
  onStatus,
}: {
  invitations: {
    data: Invitation[] | undefined;
    status: 'pending' | 'error' | 'success';
    error: unknown;
    isFetching: boolean;
    refetch(): unknown;
  };
  typed: string;
  search: string;
  onType(value: string): void;
  status: InvitationFilter;
  onStatus(status: InvitationFilter): void;
}) {
  const rows = filterInvitations(invitations.data ?? [], status, search);
  const filtered = Boolean(search) || status !== 'pending';
  const statusWord = status === 'all' ? '' : `${invitationStatusLabels[status].toLowerCase()} `;

  return (
    <>
      <div className="flex flex-wrap items-center gap-3 border-b border-zinc-200 px-4 py-3">
        <MembersSearch
          label="Search invitations"
          placeholder="Search by email"
          value={typed}
          onChange={onType}
          searching={typed.trim() !== search}
        />
        <div className="w-44">
          <Select
            aria-label="Filter by status"
            value={status}
            onChange={(event) => onStatus(event.target.value as InvitationFilter)}
          >
            {invitationFilters.map((value) => (
              <option key={value} value={value}>
                {filterLabel(value)}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <MembersBody
        what="invitations"
        status={invitations.status}
        error={invitations.error}
        retrying={invitations.isFetching}
        onRetry={() => void invitations.refetch()}
        empty={rows.length === 0}
        emptyIcon={MailX}
        emptyTitle={search ? `No ${statusWord}invitation matches “${search}”` : `No ${statusWord}invitations`}
        emptyHint={
          status === 'pending'
            ? 'Invitations waiting for an answer show here. Earlier ones are under the status filter.'
            : 'Choose another status to see other invitations.'
        }
        emptyAction={
          filtered && (
            <Button
              variant="secondary"
              onClick={() => {
                onType('');
                onStatus('pending');
              }}
            >
              Show pending invitations
            </Button>
          )
        }
      >
        <InvitationsTable invitations={rows} />
      </MembersBody>
    </>
  );
}
