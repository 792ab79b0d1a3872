import { Button } from '../../components/ui/button';

/** Under a table with more pages on the server: how many are shown, and the next page. */
export function LoadMore({
  shown,
  total,
  noun,
  loading,
  onLoad,
}: {
  shown: number;
  total: number;
  noun: string;
  loading: boolean;
  onLoad(): void;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-4 border-t border-zinc-200 px-4 py-3 text-sm text-zinc-600">
      <span>
        Showing {shown} of {total} {noun}
      </span>
      <Button variant="secondary" size="sm" loading={loading} onClick={onLoad}>
        Load more
      </Button>
    </div>
  );
}
