import { deviceTrustLifetimeMs } from '@roster/core';
import type { Context } from './context.js';
import { readCookies } from './cookies.js';

const deviceCookieName = 'roster_device';
const deviceTokenPattern = /^[\w-]{1,64}\.[a-z0-9]{1,16}\.[\w-]{43}$/;

/** The id of this browser when it signed in as `email` before (its device cookie), or null. */
export function recognizeDevice(ctx: Context, email: string): string | null {
  const tokens = readCookies(ctx.meta.cookieHeader, deviceCookieName, deviceTokenPattern);
  return ctx.deps.devices.recognize(tokens, email);
}

/**
 * After a right password: this browser is trusted for `email` from now on (see DeviceTrust).
 * Set before the session cookie, so the session stays the last cookie a response sets.
 */
export function trustDevice(ctx: Context, email: string): void {
  const token = ctx.deps.devices.issue(email);
  const maxAge = Math.floor(deviceTrustLifetimeMs / 1000);
  const secure = ctx.deps.secureCookies ? '; Secure' : '';
  ctx.meta.setCookie(
    `${deviceCookieName}=${token}; Max-Age=${maxAge}; Path=/trpc; HttpOnly; SameSite=Lax${secure}`,
  );
}
