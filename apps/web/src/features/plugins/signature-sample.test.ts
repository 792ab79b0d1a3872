import { createHmac, timingSafeEqual } from 'node:crypto';
import { expect, it } from 'vitest';
import { verifySample } from './signature-sample';

// The sample shown after installing a webhook, run as a receiver would (its import line aside).
const verify = new Function(
  'createHmac',
  'timingSafeEqual',
  `${verifySample.split('\n').slice(1).join('\n')}\nreturn verify;`,
)(createHmac, timingSafeEqual) as (header: string, body: string, secret: string) => boolean;

it('accepts a request signed as Roster signs it, and refuses a changed body, secret or old one', () => {
  const secret = 'whsec_test';
  const body = JSON.stringify({ id: 'e1', type: 'invitation.created' });
  const t = Math.floor(Date.now() / 1000);
  const sign = (at: number, text: string) =>
    `t=${at},v1=${createHmac('sha256', secret).update(`${at}.${text}`).digest('hex')}`;
  expect(verify(sign(t, body), body, secret)).toBe(true);
  expect(verify(sign(t, body), `${body} `, secret)).toBe(false);
  expect(verify(sign(t, body), body, 'whsec_other')).toBe(false);
  expect(verify(sign(t - 3600, body), body, secret)).toBe(false);
  expect(verify(`t=${t},v1=abc`, body, secret)).toBe(false);
});
