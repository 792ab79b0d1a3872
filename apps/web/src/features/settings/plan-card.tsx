import { can, planLargestFileBytes, planSeats, planStorageBytes, plans } from '@roster/core/browser';
import { Card, CardBody, CardFooter, CardHeader } from '../../components/ui/card';
import { Chip } from '../../components/ui/chip';
import type { Org } from '../../lib/trpc';
import { planLabels, seatsLabel } from '../organizations/org-format';
import { SeatsMeter } from '../organizations/seats-meter';
import { storageLabel } from '../organizations/storage-format';
import { StorageMeter } from '../organizations/storage-meter';
import { formatBytes } from '../content/upload/upload-format';

const seatsOf = (limit: number | null) => (limit === null ? 'Unlimited seats' : `${limit} seats`);
const storageOf = (bytes: number | null) =>
  bytes === null ? 'Unlimited storage' : `${formatBytes(bytes)} of storage`;
const largestFileOf = (bytes: number | null) =>
  bytes === null ? 'Files of any size' : `Files up to ${formatBytes(bytes)}`;

/**
 * The organization's plan, seats in use, storage used (owners and admins: plan usage, PRODUCT.md §3)
 * and what each plan allows. Read-only for everyone.
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
        <div>
          <h3 className="text-sm font-medium text-zinc-900">What each plan allows</h3>
          <ul className="mt-2 grid gap-2 sm:grid-cols-3">
            {plans.map((plan) => (
              <li
                key={plan}
                aria-current={plan === org.plan ? 'true' : undefined}
                className={
                  plan === org.plan
                    ? 'rounded-md border border-indigo-300 bg-indigo-50 px-3 py-2 text-sm'
                    : 'rounded-md border border-zinc-200 px-3 py-2 text-sm'
                }
              >
                <span className="block font-medium text-zinc-900">
                  {planLabels[plan]}
                  {plan === org.plan && <span className="font-normal text-zinc-600"> · this plan</span>}
                </span>
                <span className="block text-zinc-600">{seatsOf(planSeats[plan])}</span>
                <span className="block text-zinc-600">{storageOf(planStorageBytes[plan])}</span>
                <span className="block text-zinc-600">{largestFileOf(planLargestFileBytes[plan])}</span>
              </li>
            ))}
          </ul>
        </div>
      </CardBody>
      <CardFooter>
        <p className="mr-auto text-sm text-zinc-600">
          Plans are set by your Roster operator (the <code className="text-xs">roster set-plan</code>{' '}
          command); ask them to change this organization’s plan.
        </p>
      </CardFooter>
    </Card>
  );
}
