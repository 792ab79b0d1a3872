import { useEffect } from 'react';

export const appName = 'Roster';

export function documentTitle(page: string | null | undefined): string {
  return page ? `${page} · ${appName}` : appName;
}

/** Sets the tab's title for the page on screen. */
export function useDocumentTitle(page: string | null | undefined): void {
  useEffect(() => {
    document.title = documentTitle(page);
  }, [page]);
}
