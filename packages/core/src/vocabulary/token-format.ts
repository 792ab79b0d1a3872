/**
 * What an invitation or account link's token looks like: 43 base64url characters (256 bits, see
 * tokens.ts). Anything else cannot be one.
 */
export const linkTokenPattern = /^[A-Za-z0-9_-]{43}$/;
