// Secrets never reach a log: link tokens (invitation, email verification, password reset),
// passwords, and later API keys. The API's request log and both apps' error logs pass what they
// write through these functions.

export const redacted = '[redacted]';

/** Field names whose values are secrets wherever they appear (tRPC inputs, job payloads, errors). */
const secretKey = /token|password|secret|api_?key|authorization|cookie/i;

/** Web pages whose last path segment is a link's token. */
const secretPage = /(\/(?:invite|verify-email|reset-password)\/)[^/?#\s"'<>]+/gi;

/** `"token":"…"` (JSON, as in an error quoting an input), for every secret field name. */
const secretJsonField =
  /("[A-Za-z_]*(?:token|password|secret|api_?key)[A-Za-z_]*"\s*:\s*)"(?:[^"\\]|\\.)*"/gi;

/** A query parameter, as it stands in a URL or in text quoting one. */
const queryParameter = /([?&])([^=&#\s"']+)=([^&#\s"']*)/g;

/** A value with every field named like a secret replaced; nesting past `depth` is dropped whole. */
function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 8) return redacted;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, secretKey.test(k) ? redacted : redactValue(v, depth + 1)]),
  );
}

/**
 * A query parameter's value as it may be logged. A tRPC `input` is JSON: its secret fields are
 * replaced and the rest kept (ids help debugging); input that is not JSON cannot be read, so none
 * of it is kept. Any other parameter named like a secret is replaced whole.
 */
function redactParameter(name: string, raw: string): string {
  if (secretKey.test(name)) return redacted;
  if (name !== 'input') return raw;
  try {
    return encodeURIComponent(JSON.stringify(redactValue(JSON.parse(decodeURIComponent(raw)))));
  } catch {
    return raw === '' ? raw : redacted;
  }
}

/** Text as it may be logged: link tokens in page paths, secret fields of JSON and of queries. */
export function redactText(text: string): string {
  return text
    .replace(secretPage, `$1${redacted}`)
    .replace(secretJsonField, `$1"${redacted}"`)
    .replace(queryParameter, (_, sep: string, name: string, value: string) => {
      return `${sep}${name}=${redactParameter(name, value)}`;
    });
}

/** A request URL as it may be logged (`/invite/[redacted]`, `?input={"token":"[redacted]"}`). */
export const redactUrl = redactText;

/**
 * Anything about to be logged (a serialized error, a job's data): strings redacted as text, fields
 * named like a secret replaced.
 */
export function redactLogged<T>(value: T): T {
  return redactValue(value) as T;
}
