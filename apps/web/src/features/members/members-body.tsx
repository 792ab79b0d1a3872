import { CloudOff, SearchX, type LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { readApiError } from '../../lib/api-error';
import { MembersTableSkeleton } from './members-table-skeleton';

interface MembersBodyProps {
  /** "members" or "invitations", for the messages. */
  what: string;
  status: 'pending' | 'error' | 'success';
  error: unknown;
  retrying: boolean;
  onRetry(): void;
  empty: boolean;
  /** What stands in for an empty table: why it is empty, and a way out (clear the filters). */
  emptyTitle: string;
  emptyHint: string;
  emptyIcon?: LucideIcon;
  emptyAction?: ReactNode;
  children: ReactNode;
}

/** A tab's table, or what stands in for it: a skeleton, an error to retry, or an empty state. */
export function MembersBody(props: MembersBodyProps): ReactNode {
  if (props.status === 'pending') return <MembersTableSkeleton label={`Loading ${props.what}`} />;
  if (props.status === 'error') {
    return (
      <EmptyState
        icon={CloudOff}
        title={`${props.what[0]!.toUpperCase()}${props.what.slice(1)} could not be loaded`}
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
  if (props.empty) {
    return (
      <EmptyState icon={props.emptyIcon ?? SearchX} title={props.emptyTitle} action={props.emptyAction}>
        {props.emptyHint}
      </EmptyState>
    );
  }
  return props.children;
}
