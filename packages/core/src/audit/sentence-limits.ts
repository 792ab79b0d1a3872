import { limitNames, type LimitName } from '../vocabulary/limits.js';
import { byteLimit, count, type SentenceParts } from './sentence-values.js';

const limitLabels: Record<LimitName, string> = {
  seats: 'seat limit',
  storageBytes: 'storage limit',
  largestFileBytes: 'largest file limit',
  apiCallsPerMonth: 'monthly API call limit',
  bandwidthOutPerMonth: 'monthly bandwidth limit',
  requestsPerMinute: 'requests-per-minute limit',
};

const inBytes = new Set<LimitName>(['storageBytes', 'largestFileBytes', 'bandwidthOutPerMonth']);

const isLimitName = (value: unknown): value is LimitName => limitNames.includes(value as LimitName);

/** A limit's number in words: "10 GiB", "1,000 calls", "5 seats". */
function settingLabel(limit: LimitName, value: unknown): string {
  if (typeof value !== 'number') return String(value);
  if (inBytes.has(limit)) return byteLimit(value);
  if (limit === 'seats') return `${count(value)} ${value === 1 ? 'seat' : 'seats'}`;
  if (limit === 'apiCallsPerMonth') return `${count(value)} calls`;
  return `${count(value)} requests`;
}

/**
 * "Roster changed the storage limit to 10 GiB", "… set the seat limit to unlimited", "… reset the
 * monthly bandwidth limit to the plan's default". The limit is `after.limit` with its `after.value`,
 * or a limit name used as the key of `after`.
 */
export function limitChangedSentence(parts: SentenceParts): string {
  const named = parts.after('limit');
  const limit = isLimitName(named) ? named : limitNames.find((name) => parts.hasAfter(name));
  if (!limit) return `${parts.actor} changed a limit of the organization`;
  const value = parts.hasAfter('value') ? parts.rawAfter('value') : parts.rawAfter(limit);
  const label = limitLabels[limit];
  if (value === 'default' || value === undefined)
    return `${parts.actor} reset the ${label} to the plan’s default`;
  if (value === null) return `${parts.actor} removed the ${label} (unlimited)`;
  return `${parts.actor} changed the ${label} to ${settingLabel(limit, value)}`;
}

/** "Roster changed how many organizations Ada may own to 3" (null: back to the default). */
export function ownedOrgLimitSentence(parts: SentenceParts): string {
  const who = parts.target('a user');
  const limit = parts.rawAfter('limit');
  if (typeof limit === 'number')
    return `${parts.actor} changed how many organizations ${who} may own to ${count(limit)}`;
  return `${parts.actor} reset how many organizations ${who} may own to the default`;
}
