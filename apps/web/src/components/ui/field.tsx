import { useId, type ComponentProps, type ReactNode } from 'react';
import { Input } from './input';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  /** Shown after the label, e.g. "Optional". */
  aside?: ReactNode;
  children: (control: ControlProps) => ReactNode;
}

/** A label, a control, and the hint or the error that belongs to it (announced to screen readers). */
export function Field({ label, error, hint, aside, children }: FieldProps) {
  const id = useId();
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium text-zinc-800">
          {label}
        </label>
        {aside && <span className="text-xs text-zinc-500">{aside}</span>}
      </div>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-600">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

type TextFieldProps = Omit<FieldProps, 'children'> & ComponentProps<'input'>;

/** A text input with its label and error: `<TextField label="Email" error={…} {...register('email')} />`. */
export function TextField({ label, error, hint, aside, ...input }: TextFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} aside={aside}>
      {(control) => <Input {...control} {...input} />}
    </Field>
  );
}
