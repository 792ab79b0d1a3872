/** At most this many cookies of one name are looked at: each may cost a database read. */
const maxCandidates = 4;

/**
 * Every value of the cookie `name` in a Cookie header that looks like `pattern`, in order, without
 * repeats. Read by hand rather than by decoding every cookie: another site's malformed cookie on
 * the same domain must not break Roster's requests. A name can come more than once (a cookie set
 * for a parent domain or another path): the caller tries each instead of trusting the first.
 */
export function readCookies(header: string | undefined, name: string, pattern: RegExp): string[] {
  const values: string[] = [];
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0 || part.slice(0, separator).trim() !== name) continue;
    const value = part.slice(separator + 1).trim();
    if (pattern.test(value) && !values.includes(value)) values.push(value);
    if (values.length === maxCandidates) break;
  }
  return values;
}
