import { CloudOff, SearchX } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { readApiError } from '../../lib/api-error';
import { MembersTable } from './members-table';
import { MembersTableSkeleton } from './members-table-skeleton';
import type { RosterRow } from './roster-rows';

interface MembersBodyProps {
  status: 'pending' | 'error' | 'success';
  error: unknown;
  retrying: boolean;
  onRetry(): void;
  rows: RosterRow[];
  counts: Record<RosterRow['kind'], number>;
  search: string;
  onClearSearch(): void;
}

/** The table, or what stands in for it: a skeleton, an error to retry, or "no one matches". */
export function MembersBody(props: MembersBodyProps): ReactNode {
  if (props.status === 'pending') return <MembersTableSkeleton />;
  if (props.status === 'error') {
    return (
      <EmptyState
        icon={CloudOff}
        title="Members could not be loaded"
        action={
          <Button variant="secondary" loading={props.retrying} onClick={props.onRetry}>
            Try again
          </Button>
        }
      >
        {readApiError(props.error).message}
      </EmptyState>
    );
  }
  if (props.rows.length === 0) {
    return (
      <EmptyState
        icon={SearchX}
        title={props.search ? `No one matches “${props.search}”` : 'No members yet'}
        action={
          props.search && (
            <Button variant="secondary" onClick={props.onClearSearch}>
              Clear search
            </Button>
          )
        }
      >
        {props.search ? 'Search by part of a name or an email address.' : 'Invite people to join.'}
      </EmptyState>
    );
  }
  return <MembersTable rows={props.rows} counts={props.counts} />;
}
