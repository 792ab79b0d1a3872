import { limitNames, type LimitName, type LimitSetting } from '@roster/core';

/** The limits counted in bytes: their values also take a size such as 500MiB or 10GiB. */
const byteLimits: ReadonlySet<LimitName> = new Set([
  'storageBytes',
  'largestFileBytes',
  'bandwidthOutPerMonth',
]);

const units = { B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, TiB: 1024 ** 4 } as const;
type Unit = keyof typeof units;

/** `limit` as typed on the command line, or an error naming the limits there are. */
export function parseLimitName(text: string): LimitName {
  const name = limitNames.find((n) => n === text);
  if (!name) throw new Error(`Unknown limit "${text}": use ${limitNames.join(', ')}.`);
  return name;
}

/**
 * A limit's value as typed: a whole number (underscores allowed: 10_000), `unlimited`, `default`
 * (back to the plan's) or, for byte limits, a size with a binary unit (500MiB, 1.5GiB, 2 TiB).
 */
export function parseLimitSetting(limit: LimitName, text: string): LimitSetting {
  const value = text.trim();
  if (value === 'unlimited') return null;
  if (value === 'default') return 'default';
  const bytes = byteLimits.has(limit);
  const match = /^(\d[\d_]*(?:\.\d+)?)\s*(B|KiB|MiB|GiB|TiB)?$/i.exec(value);
  const unit = match?.[2] ? unitNamed(match[2]) : 'B';
  const amount = match ? Number(match[1]!.replaceAll('_', '')) : Number.NaN;
  const number = amount * units[unit];
  const whole = Number.isSafeInteger(number) && number >= 0;
  if (!match || !whole || (!bytes && match[2])) {
    const sizes = bytes ? ', a size such as 500MiB, 10GiB or 1TiB' : '';
    throw new Error(
      `"${text}" is not a value for ${limit}: use a whole number${sizes}, "unlimited" or "default".`,
    );
  }
  return number;
}

function unitNamed(text: string): Unit {
  return (Object.keys(units) as Unit[]).find((u) => u.toLowerCase() === text.toLowerCase())!;
}

/** A limit's value for people: sizes in binary units, counts with thousands separators. */
export function formatLimit(limit: LimitName, value: number | null): string {
  if (value === null) return 'unlimited';
  if (!byteLimits.has(limit)) return value.toLocaleString('en-US');
  const unit = (['TiB', 'GiB', 'MiB', 'KiB'] as const).find(
    (u) => value >= units[u] && value % units[u] === 0,
  );
  if (unit) return `${(value / units[unit]).toLocaleString('en-US')} ${unit}`;
  return `${value.toLocaleString('en-US')} bytes`;
}
