import { UsageMeter } from '../../components/ui/usage-meter';
import { storageLabel, storageLeftLabel, storageUsage, type Storage } from './storage-format';

/** A bar of storage used against the plan's limit (none when unlimited), and what is left. */
export function StorageMeter({ storage }: { storage: Storage }) {
  const usage = storageUsage(storage);
  return (
    <UsageMeter
      label="Storage used"
      usage={usage}
      value={{ now: Math.round((usage ?? 0) * 100), max: 100, text: storageLabel(storage) }}
      caption={storageLeftLabel(storage)}
    />
  );
}
