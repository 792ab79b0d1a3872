import { networkErrorMessage } from '../../../lib/api-error';

/** Why an upload stopped, in words for people. */
export class UploadError extends Error {
  constructor(
    message: string,
    /** The HTTP status that refused it (0: the server could not be reached). */
    readonly status: number,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/** Thrown (or rejected with) when the person cancelled the upload. */
export class UploadCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'UploadCancelled';
  }
}

const byStatus: Record<number, string> = {
  401: 'Your session has ended. Sign in again, then retry.',
  403: 'You cannot upload to this project.',
  404: 'This folder or project no longer exists.',
  409: 'A file with this name is already there.',
  413: 'This file is too large for your plan, or the storage is full.',
  429: 'Too many uploads at once. Wait a moment, then retry.',
};

/**
 * The message of a refused upload: the problem detail the API sent (RFC 9457
 * `application/problem+json`: `detail`, else `title`), else a sentence for the status.
 */
export function problemMessage(status: number, body: string): string {
  if (status === 0) return networkErrorMessage;
  try {
    const problem = JSON.parse(body) as { detail?: unknown; title?: unknown };
    if (typeof problem.detail === 'string' && problem.detail.trim()) return problem.detail;
    if (typeof problem.title === 'string' && problem.title.trim() && status < 500) return problem.title;
  } catch {
    // Not JSON (a proxy's page, or no body): the status says enough.
  }
  if (byStatus[status]) return byStatus[status];
  if (status >= 500) return 'The server could not store this file. Retry in a moment.';
  return `The upload was refused (HTTP ${status}).`;
}

/** A failure a later retry may get past (the network, the server), as opposed to a refusal. */
export function isRetryableStatus(status: number): boolean {
  return status === 0 || status === 408 || status === 423 || status === 429 || status >= 500;
}
