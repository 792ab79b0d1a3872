// Strings that have broken servers before: NULs, lone surrogates, bidi marks, injections, lengths
// just past the limits, numbers in disguise.
import fc from 'fast-check';

export const nasty = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff\ud800',
  '\u202e\u200b\ufeff',
  '🦦'.repeat(60),
  'é'.repeat(101),
  "'; drop table users; --",
  '" or 1=1 --',
  '%00',
  '%',
  '${7*7}',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  'null',
  'NaN',
  '-1',
  '1e309',
  'x'.repeat(100),
  'x'.repeat(101),
  'x'.repeat(257),
  'x'.repeat(321),
  'x'.repeat(20_000),
);
