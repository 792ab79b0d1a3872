import { can } from '@roster/core/browser';
import { Card, CardBody, CardFooter, CardHeader } from '../../components/ui/card';
import { Chip } from '../../components/ui/chip';
import type { Org } from '../../lib/trpc';
import { planLabels, seatsLabel } from '../organizations/org-format';
import { SeatsMeter } from '../organizations/seats-meter';
import { storageLabel } from '../organizations/storage-format';
import { StorageMeter } from '../organizations/storage-meter';
import { OrgLimits } from './org-limits';
import { PlanComparison } from './plan-comparison';

/**
 * The organization's plan, seats in use, storage used (owners and admins: plan usage, PRODUCT.md §3),
 * every limit it has (its plan's or the operator's) and what each plan allows. Read-only for everyone.
 */
export function PlanCard({ org }: { org: Org }) {
  const seesUsage = can(org.role, 'usage.read');
  return (
    <Card>
      <CardHeader
        title="Plan"
        description="Seats count members and pending invitations; storage counts every uploaded file."
        action={<Chip tone="indigo">{planLabels[org.plan]} plan</Chip>}
      />
      <CardBody className="space-y-5">
        <div className="grid gap-5 sm:grid-cols-2">
          <div>
            <p className="text-sm font-medium text-zinc-900">
              Seats used <span className="ml-1 font-semibold tabular-nums">{seatsLabel(org.seats)}</span>
            </p>
            <div className="mt-2 text-sm text-zinc-600">
              <SeatsMeter seats={org.seats} />
            </div>
          </div>
          {seesUsage && (
            <div>
              <p className="text-sm font-medium text-zinc-900">
                Storage used{' '}
                <span className="ml-1 font-semibold tabular-nums">{storageLabel(org.storage)}</span>
              </p>
              <div className="mt-2 text-sm text-zinc-600">
                <StorageMeter storage={org.storage} />
              </div>
            </div>
          )}
        </div>
        <OrgLimits plan={org.plan} limits={org.limits} />
        <PlanComparison current={org.plan} />
      </CardBody>
      <CardFooter>
        <p className="mr-auto text-sm text-zinc-600">
          Plans are set by your Roster operator (the <code className="text-xs">roster set-plan</code>{' '}
          command), who can also change any limit for this organization alone (
          <code className="text-xs">roster set-limit</code>); ask them for a different plan or limit.
        </p>
      </CardFooter>
    </Card>
  );
}
