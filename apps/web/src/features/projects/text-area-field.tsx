import type { ComponentProps, ReactNode } from 'react';
import { Field } from '../../components/ui/field';
import { controlClass } from '../../components/ui/input';
import { cn } from '../../lib/cn';

type TextAreaFieldProps = {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  aside?: ReactNode;
} & ComponentProps<'textarea'>;

/** A few lines of text with its label and error, styled like the inputs. */
export function TextAreaField({ label, error, hint, aside, className, ...textarea }: TextAreaFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} aside={aside}>
      {(control) => (
        <textarea
          rows={3}
          {...control}
          {...textarea}
          className={cn(controlClass, 'h-auto min-h-20 resize-y py-2 leading-5', className)}
        />
      )}
    </Field>
  );
}
