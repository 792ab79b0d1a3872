import { useQuery } from '@tanstack/react-query';
import { Logo } from '../components/logo';
import { AccountPage } from '../features/account/account-page';
import { homeOrgId, meQuery } from '../features/auth/session';
import { AppShell } from './app-shell';

/**
 * `/account`, in the signed-in shell: its switcher and navigation are those of the organization
 * the person last opened (their first, else). Without any organization, the page stands alone.
 */
export function AccountLayout() {
  const me = useQuery(meQuery());
  const orgId = me.data ? homeOrgId(me.data) : null;
  if (!orgId) {
    return (
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <Logo className="mb-8" />
        <AccountPage />
      </main>
    );
  }
  return (
    <AppShell orgId={orgId}>
      <AccountPage />
    </AppShell>
  );
}
