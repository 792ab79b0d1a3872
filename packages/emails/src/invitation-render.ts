import { renderEmail, type RenderedEmail } from './render.js';
import type { InvitationEmailProps } from './templates/invitation.js';

/** Stands in for the link while rendering; nothing a template writes can contain it. */
const placeholder = 'https://roster.invalid/invite/link-placeholder';
const maxCached = 200;
const cache = new Map<string, Promise<RenderedEmail>>();

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The invitation email, rendered once per organization, inviter, role, wording and expiry minute:
 * a burst of invitations differs only in the link, which is put in afterwards (rendering with
 * react-email costs milliseconds per email, replacing a string does not). The expiry is shown to
 * the minute, so it is keyed to the minute.
 */
export async function renderInvitationEmail(props: InvitationEmailProps): Promise<RenderedEmail> {
  const { link, ...rest } = props;
  const shown = { ...rest, expiresAt: rest.expiresAt && `${rest.expiresAt.slice(0, 16)}:00.000Z` };
  const key = JSON.stringify(shown);
  let base = cache.get(key);
  if (!base) {
    base = renderEmail('invitation', { ...shown, link: placeholder });
    cache.set(key, base);
    base.catch(() => cache.delete(key));
    if (cache.size > maxCached) cache.delete(cache.keys().next().value!);
  }
  const email = await base;
  return {
    subject: email.subject,
    html: email.html.replaceAll(placeholder, escapeHtml(link)),
    text: email.text.replaceAll(placeholder, link),
  };
}
