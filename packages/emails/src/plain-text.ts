/**
 * Characters a name must not carry into an email: C0 and C1 controls (line breaks in a subject,
 * terminal escapes), and the invisible marks that reorder text (bidi embeddings, overrides and
 * isolates: "Acme\u202Emoc.evil" shows as "Acmelive.com"), which let one organization's or
 * person's name pass for another's.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const hidden = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function withoutHiddenCharacters(text: string): string {
  return text.replace(hidden, '').trim();
}

/** The same for every text of an email's props (names, mostly; links and dates never have any). */
export function cleanProps<P extends object>(props: P): P {
  return Object.fromEntries(
    Object.entries(props).map(([key, value]) => [
      key,
      typeof value === 'string' ? withoutHiddenCharacters(value) : value,
    ]),
  ) as P;
}
