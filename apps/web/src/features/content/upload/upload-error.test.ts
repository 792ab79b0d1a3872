import { describe, expect, it } from 'vitest';
import { networkErrorMessage } from '../../../lib/api-error';
import { isRetryableStatus, problemMessage } from './upload-error';

describe('the message of a refused upload', () => {
  it('is the problem detail the API sent', () => {
    const body = JSON.stringify({
      type: 'about:blank',
      title: 'Payload Too Large',
      status: 413,
      detail: 'This file is larger than your plan allows (100 MB).',
      reason: 'FILE_TOO_LARGE',
    });
    expect(problemMessage(413, body)).toBe('This file is larger than your plan allows (100 MB).');
    expect(problemMessage(409, JSON.stringify({ title: 'Name taken' }))).toBe('Name taken');
  });

  it('falls back to a sentence for the status, and says when the server was not reached', () => {
    expect(problemMessage(413, '<html>nginx</html>')).toMatch(/too large/);
    expect(problemMessage(502, '')).toMatch(/Retry in a moment/);
    expect(problemMessage(500, JSON.stringify({ title: 'Internal Server Error' }))).toMatch(/Retry/);
    expect(problemMessage(418, '')).toBe('The upload was refused (HTTP 418).');
    expect(problemMessage(0, '')).toBe(networkErrorMessage);
  });

  it('retries outages, not refusals', () => {
    expect([0, 429, 500, 503].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 413].some(isRetryableStatus)).toBe(false);
  });
});
