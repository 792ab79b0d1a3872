import { limitNames, planLimits, plans, type Plan } from '@roster/core/browser';
import { planLabels } from '../organizations/org-format';
import { planLimitPhrase } from './limit-format';

/** What each plan allows, the organization's own plan marked. */
export function PlanComparison({ current }: { current: Plan }) {
  return (
    <div>
      <h3 className="text-sm font-medium text-zinc-900">What each plan allows</h3>
      <ul className="mt-2 grid gap-2 sm:grid-cols-3">
        {plans.map((plan) => (
          <li
            key={plan}
            aria-current={plan === current ? 'true' : undefined}
            className={
              plan === current
                ? 'rounded-md border border-indigo-300 bg-indigo-50 px-3 py-2 text-sm'
                : 'rounded-md border border-zinc-200 px-3 py-2 text-sm'
            }
          >
            <span className="block font-medium text-zinc-900">
              {planLabels[plan]}
              {plan === current && <span className="font-normal text-zinc-600"> · this plan</span>}
            </span>
            {limitNames.map((name) => (
              <span key={name} className="block text-zinc-600">
                {planLimitPhrase(name, planLimits[plan][name])}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
