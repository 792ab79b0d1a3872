import { z } from 'zod';

/** C0/C1 control characters (NUL, newlines, escapes…): never part of a name. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/;
/** Half of a surrogate pair without its other half: not valid Unicode. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * One line of text a person typed (a name): trimmed, within `max` characters, with no control
 * characters and no broken Unicode, so that whatever is stored can be shown and sent back.
 */
export function singleLineText(options: { max: number; required: string }) {
  return z
    .string({ error: options.required })
    .trim()
    .max(options.max, { error: `Use at most ${options.max} characters.` })
    .refine((s) => !controlCharacters.test(s) && !loneSurrogate.test(s), {
      error: 'Use letters, digits and punctuation only.',
    });
}

/**
 * Text a client sends back rather than types (a page cursor): within `max` characters, with no
 * control characters and no broken Unicode. PostgreSQL refuses NUL in text, so a NUL reaching a
 * query would fail there (a 500) instead of here (a 400).
 */
export function plainText(options: { max: number; error: string }) {
  return z
    .string({ error: options.error })
    .max(options.max, { error: options.error })
    .refine((s) => !controlCharacters.test(s) && !loneSurrogate.test(s), { error: options.error });
}
