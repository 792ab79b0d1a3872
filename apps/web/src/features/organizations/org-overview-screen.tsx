import { can, invitationExpiryLabels } from '@roster/core/browser';
import { Link } from '@tanstack/react-router';
import { CreditCard, Pencil, ShieldCheck, Users } from 'lucide-react';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { Button } from '../../components/ui/button';
import { textLinkClass } from '../../components/ui/text-link';
import { useDocumentTitle } from '../../lib/use-document-title';
import { planLabels, roleDescriptions, roleLabels, seatsLabel } from './org-format';
import { useCurrentOrg } from './org-queries';
import { RenameOrgDialog } from './rename-org-dialog';
import { SeatsMeter } from './seats-meter';
import { StatCard } from './stat-card';

/** `/orgs/$orgId`: the organization's name, plan, seats and the user's role in it. */
export function OrgOverviewScreen() {
  const org = useCurrentOrg();
  const [renaming, setRenaming] = useState(false);
  useDocumentTitle(org.name);
  const canUpdate = can(org.role, 'org.update');
  const expiry = invitationExpiryLabels[org.settings.invitationExpiry];

  return (
    <>
      <PageHeader
        eyebrow="Organization"
        title={org.name}
        titleAction={
          canUpdate && (
            <Button
              variant="ghost"
              size="icon"
              aria-label="Rename organization"
              title="Rename organization"
              onClick={() => setRenaming(true)}
            >
              <Pencil aria-hidden className="size-4" />
            </Button>
          )
        }
      />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <StatCard icon={CreditCard} label="Plan" value={planLabels[org.plan]}>
          {org.seats.limit === null
            ? 'Unlimited seats for members and pending invitations.'
            : `${org.seats.limit} seats, counting members and pending invitations.`}
        </StatCard>
        <StatCard icon={Users} label="Seats" value={seatsLabel(org.seats)}>
          <SeatsMeter seats={org.seats} />
        </StatCard>
        <StatCard icon={ShieldCheck} label="Your role" value={roleLabels[org.role]}>
          {roleDescriptions[org.role]}
        </StatCard>
      </div>
      <section
        aria-label="Invitations"
        className="mt-6 rounded-lg border border-zinc-200 bg-white px-5 py-4 shadow-xs"
      >
        <h2 className="text-sm font-semibold text-zinc-900">Invitations</h2>
        <p className="mt-1 text-sm text-zinc-500">
          {org.settings.invitationExpiry === 'never'
            ? 'Invitation links to this organization do not expire.'
            : `Invitation links to this organization expire after ${expiry.toLowerCase()}.`}{' '}
          <Link to="/orgs/$orgId/settings" params={{ orgId: org.id }} className={textLinkClass}>
            {canUpdate ? 'Change in settings' : 'View settings'}
          </Link>
        </p>
      </section>
      {canUpdate && <RenameOrgDialog org={org} open={renaming} onOpenChange={setRenaming} />}
    </>
  );
}
