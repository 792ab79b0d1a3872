import { isDomainError, type DomainError } from '@roster/core';
import { TRPCError, initTRPC } from '@trpc/server';
import type { Context } from './context.js';
import { reasonCodes } from './error-codes.js';

interface Issue {
  path?: readonly PropertyKey[] | readonly { key: PropertyKey }[];
  message: string;
}

/** Per-field messages from a validation error (zod or any Standard Schema). */
function fieldErrorsOf(cause: unknown): Record<string, string> | undefined {
  const issues = (cause as { issues?: Issue[] } | undefined)?.issues;
  if (!Array.isArray(issues)) return undefined;
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const first = issue.path?.[0];
    const key = String(typeof first === 'object' && first !== null ? first.key : (first ?? 'input'));
    fields[key] ??= issue.message;
  }
  return fields;
}

const t = initTRPC.context<Context>().create({
  isDev: false,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const domain = isDomainError(cause) ? cause : undefined;
    const fieldErrors = domain?.details.field
      ? { [domain.details.field]: domain.message }
      : error.code === 'BAD_REQUEST'
        ? fieldErrorsOf(cause)
        : undefined;
    const message =
      error.code === 'INTERNAL_SERVER_ERROR' ? 'Something went wrong on our side. Try again.' : shape.message;
    return {
      ...shape,
      message: fieldErrors && !domain ? 'Some fields need attention.' : message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        reason: domain?.reason ?? (error.code === 'BAD_REQUEST' ? 'INVALID_INPUT' : undefined),
        fieldErrors,
        retryAfterSeconds: domain?.details.retryAfterSeconds as number | undefined,
      },
    };
  },
});

/** The tRPC error a domain rule's failure becomes: its reason decides the code. */
export function toTRPCError(error: DomainError): TRPCError {
  return new TRPCError({ code: reasonCodes[error.reason], message: error.message, cause: error });
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const procedure = t.procedure;
