import type { ReactNode } from 'react';
import { Avatar } from '../../components/ui/avatar';
import { formatDate } from '../../lib/dates';
import type { RouterOutputs } from '../../lib/trpc';
import { roleLabels } from '../organizations/org-format';
import { expiryLabel } from './invitation-format';
import { InvitedProjectsList } from './invited-projects-list';

export type InvitationPreview = RouterOutputs['invitation']['preview'];

/**
 * The heading and the facts of an invitation: organization, inviter, email, role, the projects it
 * adds (with the role in each) and expiry.
 */
export function InvitationSummary({ invitation }: { invitation: InvitationPreview }) {
  const facts: [string, ReactNode][] = [
    ['Invited by', invitation.inviterName ?? 'An admin'],
    ['Email', invitation.email],
    ['Role', roleLabels[invitation.role]],
  ];
  const { projects } = invitation;
  if (projects.length > 0) {
    facts.push([projects.length === 1 ? 'Project' : 'Projects', <InvitedProjectsList projects={projects} />]);
  }
  facts.push([
    'Expires',
    invitation.expiresAt
      ? `${formatDate(invitation.expiresAt)} (${expiryLabel(invitation.expiresAt).toLowerCase()})`
      : 'Never',
  ]);
  return (
    <>
      <div className="flex items-center gap-3">
        <Avatar name={invitation.orgName} shape="square" className="size-11 text-sm" />
        <div className="min-w-0">
          <p className="text-sm text-zinc-500">You are invited to join</p>
          <h1 className="truncate text-xl font-semibold tracking-tight text-zinc-900">
            {invitation.orgName}
          </h1>
        </div>
      </div>
      <dl className="mt-5 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 rounded-lg bg-zinc-50 px-4 py-3 text-sm">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-zinc-500">{term}</dt>
            <dd className="min-w-0 font-medium [overflow-wrap:anywhere] text-zinc-800">{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
