import { Eye, EyeOff } from 'lucide-react';
import { useState, type ComponentProps, type ReactNode } from 'react';
import { focusRing } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { cn } from '../../lib/cn';

type PasswordFieldProps = { label: string; error?: string | undefined; hint?: ReactNode } & Omit<
  ComponentProps<'input'>,
  'type'
>;

/**
 * A password input with its label and error, and a toggle button to show what was typed (its
 * name stays "Show password"; aria-pressed says whether it is shown). 44 px wide on touch screens.
 */
export function PasswordField({ label, error, hint, className, ...input }: PasswordFieldProps) {
  const [shown, setShown] = useState(false);
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <div className="relative">
          <Input
            {...control}
            {...input}
            type={shown ? 'text' : 'password'}
            className={cn('pr-12 lg:pr-10', className)}
          />
          <button
            type="button"
            aria-label="Show password"
            aria-pressed={shown}
            onClick={() => setShown((value) => !value)}
            className={cn(
              'absolute inset-y-0 right-0 flex w-11 items-center justify-center rounded-r-md text-zinc-500 hover:text-zinc-800 lg:w-9',
              focusRing,
            )}
          >
            {shown ? <EyeOff aria-hidden className="size-4" /> : <Eye aria-hidden className="size-4" />}
          </button>
        </div>
      )}
    </Field>
  );
}
