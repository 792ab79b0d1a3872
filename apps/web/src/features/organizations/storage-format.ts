import { formatBytes } from '../content/upload/upload-format';

export interface Storage {
  used: number;
  limit: number | null;
}

/** "12 MB of 1 GB", or "12 MB of unlimited" when the plan has no storage limit. */
export function storageLabel({ used, limit }: Storage): string {
  return `${formatBytes(used)} of ${limit === null ? 'unlimited' : formatBytes(limit)}`;
}

/** How full the storage is, from 0 to 1; null when unlimited. */
export function storageUsage({ used, limit }: Storage): number | null {
  if (limit === null) return null;
  if (limit <= 0) return 1;
  return Math.min(1, Math.max(0, used / limit));
}

/** "988 MB left", "No storage left" or "Unlimited storage". */
export function storageLeftLabel({ used, limit }: Storage): string {
  if (limit === null) return 'Unlimited storage';
  const left = Math.max(0, limit - used);
  return left === 0 ? 'No storage left' : `${formatBytes(left)} left`;
}
