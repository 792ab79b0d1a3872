import { PageHeader } from '../../components/page-header';

// Being built by the plugins web helper (issue 12): replaced before this lands.
export function PluginsScreen() {
  return <PageHeader title="Plugins" />;
}
