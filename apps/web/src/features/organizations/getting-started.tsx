import { CheckCircle2, Circle, X } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { Card, CardHeader } from '../../components/ui/card';
import { cn } from '../../lib/cn';

export interface GettingStartedStep {
  title: string;
  description: string;
  done: boolean;
  /** What takes the step (opens its dialog). */
  action: { label: string; onClick(): void };
}

const dismissedKey = (orgId: string) => `roster:getting-started-hidden:${orgId}`;

function readDismissed(orgId: string): boolean {
  try {
    return localStorage.getItem(dismissedKey(orgId)) === '1';
  } catch {
    return false;
  }
}

/**
 * A new organization's first steps, each done or not from real data. It goes away once every step
 * is done, or when hidden (remembered per organization in this browser).
 */
export function GettingStarted({ orgId, steps }: { orgId: string; steps: GettingStartedStep[] }) {
  const [dismissed, setDismissed] = useState(() => readDismissed(orgId));
  const done = steps.filter((step) => step.done).length;
  if (dismissed || steps.length === 0 || done === steps.length) return null;

  function dismiss() {
    try {
      localStorage.setItem(dismissedKey(orgId), '1');
    } catch {
      // Private windows may refuse storage: hidden for this visit only.
    }
    setDismissed(true);
  }

  return (
    <Card className="mb-6">
      <CardHeader
        title="Get started"
        description={`${done} of ${steps.length} done`}
        action={
          <Button
            variant="ghost"
            size="icon"
            aria-label="Hide getting started"
            title="Hide"
            onClick={dismiss}
          >
            <X aria-hidden className="size-4" />
          </Button>
        }
      />
      <ol className="divide-y divide-zinc-100">
        {steps.map((step) => (
          <li
            key={step.title}
            className="flex flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:gap-4 sm:px-5"
          >
            <div className="flex min-w-0 flex-1 gap-3">
              {step.done ? (
                <CheckCircle2 aria-hidden className="mt-0.5 size-5 shrink-0 text-emerald-600" />
              ) : (
                <Circle aria-hidden className="mt-0.5 size-5 shrink-0 text-zinc-400" />
              )}
              <div className="min-w-0">
                <p
                  className={cn(
                    'text-sm font-medium',
                    step.done ? 'text-zinc-500 line-through' : 'text-zinc-900',
                  )}
                >
                  {step.title}
                  <span className="sr-only">{step.done ? ' (done)' : ' (not done yet)'}</span>
                </p>
                <p className="text-sm text-zinc-600">{step.description}</p>
              </div>
            </div>
            {!step.done && (
              <Button
                variant="secondary"
                className="self-start max-sm:ml-8 sm:self-auto"
                onClick={step.action.onClick}
              >
                {step.action.label}
              </Button>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}
