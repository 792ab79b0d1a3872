/**
 * The search of a link between the sign-in and sign-up pages: the email typed so far (so the other
 * form starts with it) and where to go afterwards (an invitation, the page first asked for).
 */
export function authSearch(email: string, redirectTo: string | null): { email?: string; redirect?: string } {
  const typed = email.trim();
  return { ...(typed ? { email: typed } : {}), ...(redirectTo ? { redirect: redirectTo } : {}) };
}
