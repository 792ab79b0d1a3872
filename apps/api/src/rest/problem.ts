import { isDomainError, type DomainError } from '@roster/core';
import { isLockContention } from '@roster/db';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyReply } from 'fastify';
import { toTRPCError } from '../trpc/init.js';

/** An error answer of /v1 (RFC 9457 problem details) with Roster's reason code. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  reason: string;
  /** Per-field messages of an invalid input (a path, query or body field; dotted). */
  errors?: FieldError[];
  retryAfterSeconds?: number;
}

export const problemContentType = 'application/problem+json; charset=utf-8';

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Reasons of failures that are not DomainErrors (HTTP-level ones). */
const httpReasons: Record<number, string> = {
  400: 'INVALID_INPUT',
  401: 'UNAUTHENTICATED',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  408: 'REQUEST_TIMEOUT',
  411: 'LENGTH_REQUIRED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  416: 'RANGE_NOT_SATISFIABLE',
  431: 'HEADERS_TOO_LARGE',
  500: 'INTERNAL',
  503: 'SERVICE_UNAVAILABLE',
};

export function problem(
  status: number,
  detail: string,
  reason = httpReasons[status] ?? 'INVALID_INPUT',
  extra: Partial<Problem> = {},
): Problem {
  return {
    type: `urn:roster:problem:${reason.toLowerCase().replaceAll('_', '-')}`,
    title: titles[status] ?? (status >= 500 ? 'Server Error' : 'Client Error'),
    status,
    detail,
    reason,
    ...extra,
  };
}

export interface FieldError {
  path: string;
  message: string;
}

/** The first message of each field, in the order found. */
function firstPerField(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => !seen.has(e.path) && seen.add(e.path));
}

interface Issue {
  path?: readonly PropertyKey[];
  message: string;
}

/** zod (or any Standard Schema) issues → one message per field. */
function zodFieldErrors(error: unknown, whole = 'input'): FieldError[] | null {
  const issues = (error as { issues?: Issue[] } | null)?.issues;
  if (!Array.isArray(issues)) return null;
  return firstPerField(
    issues.map((i) => ({ path: i.path?.map(String).join('.') || whole, message: i.message })),
  );
}

const wholeParts: Record<string, string> = { params: 'path', querystring: 'query', body: 'body' };

/**
 * A route's declared schema refused the request (Fastify's validation, through the zod validator
 * compiler): its issues as `/a/b` instance paths, and which part of the request failed.
 */
function validationFieldErrors(error: unknown): FieldError[] | null {
  const { validation, validationContext } = (error ?? {}) as {
    validation?: { instancePath?: string; message?: string }[];
    validationContext?: string;
  };
  if (!Array.isArray(validation)) return null;
  const whole = wholeParts[validationContext ?? ''] ?? 'input';
  return firstPerField(
    validation.map((v) => ({
      path: (v.instancePath ?? '').split('/').filter(Boolean).join('.') || whole,
      message: v.message ?? 'Not valid.',
    })),
  );
}

/** An error thrown while answering a /v1 request → the problem it is, without side effects. */
export function problemOf(error: unknown): Problem {
  if (isDomainError(error)) return domainProblem(error);
  if (error instanceof ProblemError) return error.problem;
  if (isLockContention(error))
    return problem(503, 'Roster is busy with other changes right now. Try again in a moment.', 'BUSY', {
      retryAfterSeconds: 1,
    });
  const fields =
    (error as { name?: string } | null)?.name === 'ZodError'
      ? zodFieldErrors(error)
      : validationFieldErrors(error);
  if (fields) return problem(400, 'Some fields need attention.', 'INVALID_INPUT', { errors: fields });
  // Fastify's own rejections (a body that is not JSON, too large, a bad content type…).
  const status = (error as { statusCode?: number } | null)?.statusCode;
  if (status && status >= 400 && status < 500) {
    const detail =
      status === 415
        ? 'Send the body as JSON (Content-Type: application/json).'
        : (error as Error).message || (titles[status] ?? 'Bad request.');
    return problem(status, detail);
  }
  return problem(500, 'Something went wrong on our side. Try again.');
}

function domainProblem(error: DomainError): Problem {
  // The same reason → code table as tRPC (FILE_TOO_LARGE → PAYLOAD_TOO_LARGE → 413, …).
  const status = getHTTPStatusCodeFromError(toTRPCError(error));
  const { field, retryAfterSeconds } = error.details;
  return problem(status, error.message, error.reason, {
    ...(field ? { errors: [{ path: field, message: error.message }] } : {}),
    ...(typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {}),
  });
}

/** An HTTP-level failure decided at the edge (a bad Range, an unknown route). */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

/** Answers `error` as problem+json; what is not the client's fault (500) is logged. */
export function sendProblem(reply: FastifyReply, error: unknown): FastifyReply {
  const body = problemOf(error);
  if (body.status >= 500 && body.reason !== 'BUSY') reply.log.error({ err: error }, 'request failed');
  if (body.retryAfterSeconds) reply.header('retry-after', String(body.retryAfterSeconds));
  return reply.code(body.status).type(problemContentType).send(body);
}
