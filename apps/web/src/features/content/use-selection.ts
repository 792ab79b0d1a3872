import type { RowSelectionState } from '@tanstack/react-table';
import { useEffect, useState } from 'react';
import type { ContentItem } from './content-queries';

const overlays = '[role=dialog], [role=alertdialog], [role=menu]';

/**
 * The rows selected in one listing (a folder, sort and search): another listing starts with none.
 * Esc clears it, unless a dialog or menu is open (Esc closes that first) or the search box has it.
 */
export function useSelection(listing: string, items: ContentItem[]) {
  const [state, setState] = useState<{ listing: string; rows: RowSelectionState }>({ listing, rows: {} });
  const rows = state.listing === listing ? state.rows : {};
  const selected = items.filter((item) => rows[item.id]);
  const count = selected.length;

  useEffect(() => {
    if (count === 0) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector(overlays)) return;
      if ((event.target as Element | null)?.closest('input[type=search]')) return;
      setState({ listing, rows: {} });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [count, listing]);

  return {
    rows,
    selected,
    setRows: (update: RowSelectionState | ((old: RowSelectionState) => RowSelectionState)) =>
      setState({ listing, rows: typeof update === 'function' ? update(rows) : update }),
    clear: () => setState({ listing, rows: {} }),
  };
}
