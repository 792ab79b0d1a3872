import { can } from '@roster/core/browser';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Lock, UserPlus } from 'lucide-react';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useDocumentTitle } from '../../lib/use-document-title';
import { InviteDialog } from '../invitations/invite-dialog';
import { seatsLabel } from '../organizations/org-format';
import { useCurrentOrg } from '../organizations/org-queries';
import { InvitationsPanel } from './invitations-panel';
import { pendingCount } from './invitation-filter';
import { MembersPanel } from './members-panel';
import { invitationsQuery, membersQuery } from './members-queries';
import { MembersTabs } from './members-tabs';
import { parseMembersSearch, type MembersSearch } from './members-search-params';

/** `/orgs/$orgId/members`: Members | Invitations tabs; owners and admins manage both from here. */
export function MembersScreen() {
  const org = useCurrentOrg();
  useDocumentTitle(`Members · ${org.name}`);
  const params = parseMembersSearch(useSearch({ strict: false }));
  const navigate = useNavigate();
  const setParams = (next: MembersSearch) =>
    void navigate({ to: '/orgs/$orgId/members', params: { orgId: org.id }, search: next, replace: true });
  const [inviting, setInviting] = useState(false);
  const [typed, setTyped] = useState('');
  const search = useDebouncedValue(typed.trim(), 300);
  // Everyone, for the tab's count: the same query as the unfiltered list, so read once.
  const everyone = useInfiniteQuery(membersQuery(org.id, ''));
  const invitations = useQuery(invitationsQuery(org.id));
  const canInvite = can(org.role, 'invitation.manage');
  const tab = params.tab ?? 'members';

  return (
    <>
      <PageHeader
        eyebrow={org.name}
        title="Members"
        description="Everyone in the organization, and the people invited to join it."
        actions={
          canInvite && (
            <Button onClick={() => setInviting(true)}>
              <UserPlus aria-hidden className="size-4" />
              Invite members
            </Button>
          )
        }
      />
      <Card>
        <MembersTabs
          orgId={org.id}
          tab={tab}
          members={everyone.data?.pages[0]?.total ?? null}
          pending={invitations.data ? pendingCount(invitations.data) : null}
          aside={
            <p className="text-sm whitespace-nowrap text-zinc-600 max-sm:hidden">
              Seats <span className="font-medium text-zinc-900">{seatsLabel(org.seats)}</span>
            </p>
          }
        />
        {tab === 'members' ? (
          <MembersPanel
            orgId={org.id}
            typed={typed}
            search={search}
            onType={setTyped}
            role={params.role}
            onRole={(role) => setParams(role ? { role } : {})}
          />
        ) : (
          <InvitationsPanel
            invitations={invitations}
            typed={typed}
            search={search}
            onType={setTyped}
            status={params.status ?? 'pending'}
            onStatus={(status) =>
              setParams({ tab: 'invitations', ...(status === 'pending' ? {} : { status }) })
            }
          />
        )}
      </Card>
      {!canInvite && (
        <p className="mt-4 flex items-center gap-2 text-sm text-zinc-600">
          <Lock aria-hidden className="size-4" />
          Only owners and admins can invite people and manage members.
        </p>
      )}
      {canInvite && <InviteDialog org={org} open={inviting} onOpenChange={setInviting} />}
    </>
  );
}
