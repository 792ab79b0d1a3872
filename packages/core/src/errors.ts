/**
 * Every rule the domain enforces fails with one of these reasons. Only the API's error formatter
 * turns a reason into a transport code (ARCHITECTURE rule 3).
 */
export type Reason =
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'EMAIL_TAKEN'
  | 'COMMON_PASSWORD'
  | 'WEAK_PASSWORD'
  | 'TOO_MANY_ATTEMPTS'
  | 'SERVICE_UNAVAILABLE'
  | 'BUSY'
  | 'CSRF_ORIGIN_MISMATCH'
  | 'ORG_NOT_FOUND'
  | 'USER_NOT_FOUND'
  | 'MEMBER_NOT_FOUND'
  | 'PERMISSION_DENIED'
  | 'OWNED_ORG_LIMIT_REACHED'
  | 'SEAT_LIMIT_REACHED'
  | 'OWNER_CANNOT_LEAVE'
  | 'OWNER_CANNOT_BE_REMOVED'
  | 'OWNER_ROLE_IS_TRANSFERRED'
  | 'INVALID_INPUT'
  | 'MEMBER_ROLE_UNCHANGEABLE'
  | 'INVITATION_NOT_FOUND'
  | 'INVITATION_EXPIRED'
  | 'INVITATION_EMAIL_MISMATCH'
  | 'INVITATION_NOT_PENDING'
  | 'PROJECT_NOT_FOUND'
  | 'PROJECT_ARCHIVED'
  | 'LIBRARY_PROJECT_FIXED'
  | 'PROJECT_MEMBER_EXISTS'
  | 'PROJECT_MEMBER_NOT_FOUND'
  | 'INVITATION_EMAIL_LIMIT'
  | 'ORG_RATE_LIMITED'
  | 'RESEND_TOO_SOON'
  | 'EMAIL_NOT_VERIFIED'
  | 'EMAIL_ALREADY_VERIFIED'
  | 'TOKEN_INVALID'
  | 'TOKEN_EXPIRED'
  | 'SESSION_NOT_FOUND'
  | 'ITEM_NOT_FOUND'
  | 'NAME_TAKEN'
  | 'FOLDER_TOO_DEEP'
  | 'FOLDER_MOVE_INTO_ITSELF'
  | 'FILE_TOO_LARGE'
  | 'STORAGE_QUOTA_EXCEEDED'
  | 'UPLOAD_SIZE_MISMATCH'
  | 'UPLOAD_NOT_FOUND'
  | 'API_KEY_INVALID'
  | 'API_KEY_REVOKED'
  | 'API_KEY_EXPIRED'
  | 'API_KEY_NOT_FOUND'
  | 'API_KEY_SCOPE_MISSING'
  | 'RATE_LIMITED'
  | 'USAGE_LIMIT_REACHED'
  | 'PLUGIN_NOT_FOUND'
  | 'PLUGIN_ALREADY_INSTALLED'
  | 'PLUGIN_KIND_MISMATCH'
  | 'WEBHOOK_URL_INVALID'
  | 'WEBHOOK_URL_PRIVATE'
  | 'DELIVERY_NOT_FOUND';

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly reason: Reason,
    message: string,
    /** Extra machine-readable facts, e.g. `{ retryAfterSeconds }` or `{ field: 'email' }`. */
    readonly details: { field?: string; [key: string]: unknown } = {},
  ) {
    super(message);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
