import { limitNames, type Limits, type Plan } from '@roster/core/browser';
import { Chip } from '../../components/ui/chip';
import { isOverridden, limitLabels, limitValueLabel } from './limit-format';

/**
 * Every limit the organization has now (PRODUCT.md §12): its plan's, or the one the operator set
 * for it alone, marked so nobody wonders why it differs from the plan's list below.
 */
export function OrgLimits({ plan, limits }: { plan: Plan; limits: Limits }) {
  return (
    <div>
      <h3 className="text-sm font-medium text-zinc-900">Limits of this organization</h3>
      <dl className="mt-2 grid grid-cols-2 gap-x-5 gap-y-3 lg:grid-cols-3">
        {limitNames.map((name) => (
          <div key={name} className="border-l-2 border-zinc-200 pl-3">
            <dt className="text-sm text-zinc-600">{limitLabels[name]}</dt>
            <dd className="mt-0.5 flex flex-wrap items-center gap-2 text-sm font-semibold text-zinc-900 tabular-nums">
              {limitValueLabel(name, limits[name])}
              {isOverridden(plan, limits, name) && <Chip tone="indigo">Set by your operator</Chip>}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
