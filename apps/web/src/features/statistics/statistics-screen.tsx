import { PageHeader } from '../../components/page-header';

// Being built by the statistics web helper (issue 12): replaced before this lands.
export function StatisticsScreen() {
  return <PageHeader title="Statistics" />;
}
