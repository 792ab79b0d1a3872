/**
 * The in-app path to return to after signing in, or null. Only same-origin paths are accepted,
 * so `?redirect=` can never send someone to another site.
 */
export function safeRedirect(value: unknown): string | null {
  if (
    typeof value !== 'string' ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith('/\\')
  ) {
    return null;
  }
  const path = value.split(/[?#]/)[0]!;
  if (path === '/sign-in' || path === '/sign-up') return null;
  return value;
}
