import { webhookSignatureHeader } from '@roster/core/browser';

/** The header a receiver reads, lower-cased as Node's `req.headers` has it. */
export const signatureHeader = webhookSignatureHeader;

/**
 * How a receiver checks a request (shown after installing a webhook, in Node): the HMAC-SHA256 of
 * "t.body" with the secret, compared in constant time, and a timestamp no older than 5 minutes.
 * The test evaluates it, so what people copy works.
 */
export const verifySample = `import { createHmac, timingSafeEqual } from 'node:crypto';

// header: the ${webhookSignatureHeader} header; body: the raw request body, as received.
function verify(header, body, secret) {
  const { t, v1 = '' } = Object.fromEntries(header.split(',').map((part) => part.split('=')));
  const expected = createHmac('sha256', secret).update(\`\${t}.\${body}\`).digest('hex');
  const recent = Math.abs(Date.now() / 1000 - Number(t)) < 300;
  return recent && v1.length === expected.length
    && timingSafeEqual(Buffer.from(v1), Buffer.from(expected));
}`;
