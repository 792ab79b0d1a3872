import { cn } from '../../lib/cn';

/** Up to two initials of a name: "Jane Doe" → "JD". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]![0], words.at(-1)![0]] : [words[0]?.[0]];
  return letters.filter(Boolean).join('').toUpperCase() || '?';
}

const shapes = { round: 'rounded-full', square: 'rounded-md' } as const;

export function Avatar({
  name,
  shape = 'round',
  className,
}: {
  name: string;
  shape?: keyof typeof shapes;
  className?: string;
}) {
  return (
    <span
      aria-hidden
      className={cn(
        'inline-flex size-8 shrink-0 items-center justify-center bg-indigo-100 text-xs font-semibold text-indigo-700',
        shapes[shape],
        className,
      )}
    >
      {initialsOf(name)}
    </span>
  );
}
