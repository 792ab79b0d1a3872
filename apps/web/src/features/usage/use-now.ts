import { useEffect, useState } from 'react';

/** The current time, renewed every `everyMs`: relative times ("2 minutes ago") keep up on their own. */
export function useNow(everyMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
