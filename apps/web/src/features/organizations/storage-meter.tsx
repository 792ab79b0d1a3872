import { cn } from '../../lib/cn';
import { storageLabel, storageLeftLabel, storageUsage, type Storage } from './storage-format';

/** A bar of storage used against the plan's limit (none when unlimited), and what is left. */
export function StorageMeter({ storage }: { storage: Storage }) {
  const usage = storageUsage(storage);
  return (
    <div>
      {usage !== null && (
        <div
          role="meter"
          aria-label="Storage used"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(usage * 100)}
          aria-valuetext={storageLabel(storage)}
          className="mb-2 h-1.5 overflow-hidden rounded-full bg-zinc-100"
        >
          <div
            className={cn(
              'h-full rounded-full',
              usage >= 1 ? 'bg-red-500' : usage >= 0.8 ? 'bg-amber-500' : 'bg-indigo-500',
            )}
            style={{ width: `${Math.max(usage * 100, 2)}%` }}
          />
        </div>
      )}
      <span>{storageLeftLabel(storage)}</span>
    </div>
  );
}
