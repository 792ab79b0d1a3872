import { PageHeader } from '../../components/page-header';

// Being built by the audit web helper (issue 12): replaced before this lands.
export function AuditScreen() {
  return <PageHeader title="Audit log" />;
}
