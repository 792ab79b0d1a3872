import { useEffect, useRef, useState } from 'react';
import { useDebouncedValue } from '../../lib/use-debounced-value';

/**
 * A search box whose settled value lives in the URL: what is typed goes to `onSettled` once typing
 * pauses; a search changed from elsewhere (Back, a link) is shown in the box.
 */
export function useSearchBox(fromUrl: string, onSettled: (value: string) => void) {
  const [typed, setTyped] = useState(fromUrl);
  const settled = useDebouncedValue(typed.trim(), 300);
  // Only a newly settled value is sent: the URL catching up must not send it again.
  const latest = useRef({ fromUrl, onSettled });
  latest.current = { fromUrl, onSettled };
  useEffect(() => {
    if (settled !== latest.current.fromUrl) latest.current.onSettled(settled);
  }, [settled]);
  useEffect(() => {
    setTyped((current) => (current.trim() === fromUrl ? current : fromUrl));
  }, [fromUrl]);
  return { typed, setTyped, settling: typed.trim() !== fromUrl };
}
