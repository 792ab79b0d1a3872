import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A device stays trusted this long after its last successful sign-in. */
export const deviceTrustLifetimeMs = 90 * 24 * 60 * 60 * 1000;

/**
 * OWASP's "device cookies": a browser that signed in as an email before gets a token signed
 * with the server's secret, `<device id>.<issued at>.<signature>`, the signature binding the
 * email (which the token does not show). Sign-ins from that browser as that email are then
 * counted per device, so strangers' failed guesses, which lock the email out for everyone
 * else, do not lock out the person's own devices.
 */
export class DeviceTrust {
  constructor(private readonly secret: Buffer | string) {}

  /** A new token for this email, to be stored by the browser that just signed in. */
  issue(email: string, now = Date.now()): string {
    const payload = `${randomBytes(16).toString('base64url')}.${now.toString(36)}`;
    return `${payload}.${this.sign(email, payload)}`;
  }

  /** The device id of the first token (of those the browser sent) valid for this email, or null. */
  recognize(tokens: readonly string[], email: string, now = Date.now()): string | null {
    for (const token of tokens) {
      const [deviceId, issuedAt, signature] = token.split('.');
      if (!deviceId || !issuedAt || !signature) continue;
      const age = now - parseInt(issuedAt, 36);
      if (!(age >= 0 && age < deviceTrustLifetimeMs)) continue;
      const expected = Buffer.from(this.sign(email, `${deviceId}.${issuedAt}`));
      const given = Buffer.from(signature);
      if (given.length === expected.length && timingSafeEqual(given, expected)) return deviceId;
    }
    return null;
  }

  private sign(email: string, payload: string): string {
    return createHmac('sha256', this.secret).update(`device\n${email}\n${payload}`).digest('base64url');
  }
}
