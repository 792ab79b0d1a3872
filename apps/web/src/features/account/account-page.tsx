import { PageHeader } from '../../components/page-header';
import { useDocumentTitle } from '../../lib/use-document-title';
import { EmailCard } from './email-card';
import { PasswordCard } from './password-card';
import { ProfileCard } from './profile-card';
import { SessionsCard } from './sessions-card';

/** `/account`: the person's own settings, whichever organization they are in. */
export function AccountPage() {
  useDocumentTitle('Account');
  return (
    <>
      <PageHeader
        title="Account"
        description="Your name, sign-in email, password and the devices you use Roster on."
      />
      <div className="space-y-6">
        <ProfileCard />
        <EmailCard />
        <PasswordCard />
        <SessionsCard />
      </div>
    </>
  );
}
