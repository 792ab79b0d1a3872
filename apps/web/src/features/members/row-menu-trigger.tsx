import { MoreVertical } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { DropdownMenuTrigger } from '../../components/ui/dropdown-menu';

/** The ⋮ button that opens a row's menu, named after the row for screen readers. */
export function RowMenuTrigger({ label }: { label: string }) {
  return (
    <DropdownMenuTrigger asChild>
      <Button variant="ghost" size="icon" aria-label={label} className="data-[state=open]:bg-zinc-100">
        <MoreVertical aria-hidden className="size-4" />
      </Button>
    </DropdownMenuTrigger>
  );
}
