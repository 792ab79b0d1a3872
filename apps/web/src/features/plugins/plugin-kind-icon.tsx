import type { PluginKind } from '@roster/core/browser';
import { Gauge, Webhook } from 'lucide-react';
import { cn } from '../../lib/cn';

const icons = { webhook: Webhook, usage_alert: Gauge } as const;
const tints = {
  webhook: 'bg-indigo-50 text-indigo-600 ring-indigo-200',
  usage_alert: 'bg-amber-50 text-amber-700 ring-amber-200',
} as const;

export const kindLabels: Record<PluginKind, string> = { webhook: 'Webhook', usage_alert: 'Usage alert' };

/** A plugin's kind as a small tinted square with its icon (decorative: the kind is also written). */
export function PluginKindIcon({ kind, className }: { kind: PluginKind; className?: string }) {
  const Icon = icons[kind];
  return (
    <span
      aria-hidden
      className={cn(
        'flex size-10 shrink-0 items-center justify-center rounded-lg ring-1 ring-inset',
        tints[kind],
        className,
      )}
    >
      <Icon className="size-5" />
    </span>
  );
}
