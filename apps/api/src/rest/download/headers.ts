/**
 * Types a browser could run or render as a page if it ever displayed them: never sent as they
 * are from the app's origin (stored XSS). Everything else keeps its sniffed type.
 */
const scriptable = [
  /^text\/html\b/i,
  /^application\/xhtml\+xml\b/i,
  /^image\/svg\+xml\b/i,
  /^(?:text|application)\/xml\b/i,
  /\+xml\b/i,
  /^(?:text|application)\/(?:x-)?(?:javascript|ecmascript)\b/i,
  /^text\/(?:x-)?(?:javascript|ecmascript|jscript|livescript)\b/i,
  /^application\/x-shockwave-flash\b/i,
  /^text\/xsl\b/i,
  /^application\/wasm\b/i,
  /^multipart\//i,
  /^message\//i,
];

/** The Content-Type a download is sent with. */
export function safeContentType(contentType: string | null | undefined): string {
  const type = (contentType ?? '').trim();
  if (!/^[\w.+-]+\/[\w.+-]+(?:\s*;[\x20-\x7e]*)?$/.test(type)) return 'application/octet-stream';
  if (scriptable.some((pattern) => pattern.test(type))) return 'application/octet-stream';
  return type;
}

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** RFC 8187 percent-encoding of UTF-8 (attr-char kept as is). */
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** An ASCII stand-in for a name (for clients that ignore `filename*`): no quotes, controls or `\`. */
function asciiFallback(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_')
    .replace(/[/%;]/g, '_')
    .trim();
  return ascii === '' ? 'download' : ascii;
}

/**
 * `attachment; filename="<ascii>"; filename*=UTF-8''<percent-encoded>` (RFC 6266): the browser
 * saves the file under its real name and never displays it. Control characters (a newline would
 * split the header) are dropped from both forms.
 */
export function attachmentDisposition(name: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').replace(loneSurrogate, '') || 'download';
  return `attachment; filename="${asciiFallback(clean)}"; filename*=UTF-8''${encodeRfc8187(clean)}`;
}

/** The strong ETag of an asset: its SHA-256. */
export const etagOf = (sha256: string) => `"${sha256}"`;

/** Whether If-None-Match names `etag` (or `*`), weak comparison as RFC 9110 §13.1.2 says. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
