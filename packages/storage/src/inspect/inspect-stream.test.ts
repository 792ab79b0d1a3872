import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { inspectStream } from './inspect-stream.js';

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const jpeg = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1'),
  Buffer.alloc(64, 0x11),
]);
const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');

/** Runs `chunks` through an inspecting stream and returns what it found and the bytes that came out. */
async function inspect(chunks: Buffer[]) {
  const inspector = inspectStream();
  const out: Buffer[] = [];
  await pipeline(
    Readable.from(chunks),
    inspector,
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        out.push(chunk);
        callback();
      },
    }),
  );
  return { ...inspector.result(), out: Buffer.concat(out) };
}

describe('inspectStream', () => {
  it.each([
    ['a PNG', png, 'image/png'],
    ['a JPEG', jpeg, 'image/jpeg'],
    ['a PDF', pdf, 'application/pdf'],
    [
      'an SVG',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'image/svg+xml',
    ],
    [
      'an SVG behind an XML declaration and a doctype',
      Buffer.from(
        '<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n<svg width="1"/>',
      ),
      'image/svg+xml',
    ],
    ['an HTML page', Buffer.from('\n  <!DOCTYPE html><html><body>hi</body></html>'), 'text/html'],
    ['an HTML fragment', Buffer.from('<div onclick="x()">hi</div>'), 'text/html'],
    ['a script tag', Buffer.from('<SCRIPT>alert(document.cookie)</SCRIPT>'), 'text/html'],
    ['an HTML page with a UTF-8 BOM', Buffer.from('\ufeff<html lang="en"></html>'), 'text/html'],
    ['an XML document', Buffer.from('<?xml version="1.0"?><note><to>x</to></note>'), 'application/xml'],
    ['plain text', Buffer.from('hello\r\nworld\tand more\n'), 'text/plain'],
    ['UTF-8 text', Buffer.from('Grüße, 世界 — ünïcødé\n'), 'text/plain'],
    ['JSON', Buffer.from('{"a": [1, 2, "<html>"]}'), 'text/plain'],
    ['UTF-16 text', Buffer.from('\ufeffhello', 'utf16le'), 'text/plain'],
    [
      'binary bytes',
      Buffer.from([0x00, 0x01, 0x02, 0x9f, 0x00, 0x44, 0x13, 0x37]),
      'application/octet-stream',
    ],
    ['an empty body', Buffer.alloc(0), 'application/octet-stream'],
  ])('sniffs %s', async (_name, bytes, contentType) => {
    const result = await inspect([bytes]);
    expect(result.contentType).toBe(contentType);
    expect(result.size).toBe(bytes.length);
    expect(result.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(result.out).toEqual(bytes);
  });

  it('sniffs from the head even when it arrives byte by byte, and hashes the whole stream', async () => {
    const tail = Buffer.alloc(3 * 1024 * 1024, 0x5a);
    const chunks = [...png.subarray(0, 12)].map((byte) => Buffer.from([byte]));
    const result = await inspect([...chunks, png.subarray(12), tail]);
    expect(result.contentType).toBe('image/png');
    expect(result.size).toBe(png.length + tail.length);
    expect(result.sha256).toBe(createHash('sha256').update(png).update(tail).digest('hex'));
  });

  it('calls text with a binary byte past the sniffed head still text (only the head is looked at)', async () => {
    const head = Buffer.alloc(5000, 'a');
    const result = await inspect([head, Buffer.from([0, 0, 0])]);
    expect(result.contentType).toBe('text/plain');
  });

  it('has no result before the stream ended', () => {
    expect(() => inspectStream().result()).toThrow('once the stream has ended');
  });
});
