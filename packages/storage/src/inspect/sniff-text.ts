/**
 * What a head of bytes that file-type did not recognise is: text/plain, text/html, image/svg+xml,
 * application/xml, or null when it is not text. HTML and SVG are told apart so downloads can refuse to
 * serve them inline; when in doubt between markup kinds, HTML wins (the stricter treatment).
 */
export function sniffText(head: Buffer): string | null {
  if (head.length === 0) return null;
  if (startsWith(head, [0xfe, 0xff]) || startsWith(head, [0xff, 0xfe]))
    return sniffMarkup(decodeUtf16(head)) ?? 'text/plain';
  const body = startsWith(head, [0xef, 0xbb, 0xbf]) ? head.subarray(3) : head;
  if (!looksLikeText(body)) return null;
  return sniffMarkup(body.toString('latin1')) ?? 'text/plain';
}

const htmlStarts = [
  '<!doctype html',
  '<html',
  '<head',
  '<script',
  '<iframe',
  '<h1',
  '<div',
  '<font',
  '<table',
  '<a',
  '<style',
  '<title',
  '<b',
  '<body',
  '<br',
  '<p',
  '<!--',
];

function sniffMarkup(text: string): string | null {
  const lower = text.trimStart().toLowerCase();
  if (!lower.startsWith('<')) return null;
  if (/<svg[\s>/]/.test(lower)) return 'image/svg+xml';
  if (/<(html|script|body|iframe)[\s>/]/.test(lower)) return 'text/html';
  if (htmlStarts.some((tag) => lower.startsWith(tag) && /^[\s>]/.test(lower.slice(tag.length))))
    return 'text/html';
  if (lower.startsWith('<?xml')) return 'application/xml';
  return null;
}

/**
 * No NUL and no control bytes other than tab, line feed, form feed, carriage return, escape and
 * backspace (the same test as file(1)); UTF-8 or a legacy 8-bit encoding both count as text.
 */
function looksLikeText(bytes: Buffer): boolean {
  for (const byte of bytes)
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0c &&
      byte !== 0x0d &&
      byte !== 0x1b &&
      byte !== 0x08
    )
      return false;
  return true;
}

/**
 * A head starting with a UTF-16 byte order mark whose rest decodes to text: checked before file-type,
 * which reads `FF FE` as an MP3 frame.
 */
export function sniffUtf16(head: Buffer): string | null {
  if (!startsWith(head, [0xfe, 0xff]) && !startsWith(head, [0xff, 0xfe])) return null;
  const text = decodeUtf16(head);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0007\u000e-\u001a\u001c-\u001f]/.test(text) || /\ufffd./.test(text)) return null;
  return sniffMarkup(text) ?? 'text/plain';
}

function startsWith(bytes: Buffer, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function decodeUtf16(bytes: Buffer): string {
  const bigEndian = bytes[0] === 0xfe;
  const even = bytes.subarray(2, 2 + ((bytes.length - 2) & ~1));
  return new TextDecoder(bigEndian ? 'utf-16be' : 'utf-16le').decode(even);
}
