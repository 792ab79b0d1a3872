import type { IncomingMessage } from 'node:http';
import type { Scope, UploadTicket } from '@roster/core';
import type { RequestUsage } from '../request-usage.js';

/** What the route learnt about a tus request before handing it to @tus/server (who, which upload). */
export interface TusCall {
  uploadId: string;
  userId: string;
  scope: Scope;
  ticket: UploadTicket;
  /** The request's usage: the upload that finishes on it counts there (statistics). */
  usage: RequestUsage;
}

const calls = new WeakMap<IncomingMessage, TusCall>();

export function rememberCall(req: IncomingMessage, call: TusCall): void {
  calls.set(req, call);
}

/** @tus/server hands its hooks a web Request; the Node request it wraps keys our call. */
export function nodeRequestOf(req: Request): IncomingMessage | undefined {
  return (req as { runtime?: { node?: { req?: IncomingMessage } } }).runtime?.node?.req;
}

export function callOf(req: Request): TusCall {
  const node = nodeRequestOf(req);
  const call = node && calls.get(node);
  // The routes remember a call before every request that can reach a hook.
  if (!call) throw new Error('A tus request reached @tus/server without passing the upload routes.');
  return call;
}

/** The tus metadata Roster keeps with an upload (the client's fields, checked, plus its owner). */
export function serverMetadata(call: TusCall): Record<string, string> {
  const { ticket, userId } = call;
  return {
    projectId: ticket.projectId,
    ...(ticket.folderId ? { folderId: ticket.folderId } : {}),
    name: ticket.name,
    onConflict: ticket.onConflict,
    userId,
  };
}
