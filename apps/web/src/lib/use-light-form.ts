import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { safeParse, type ZodMiniType } from 'zod/mini';

type Errors<F extends string> = Partial<Record<F, string>>;

/**
 * A form of a few text fields checked by a zod/mini schema, for the pages a visitor loads first
 * (sign-in): react-hook-form's behaviour that those pages use — check on submit, then again as the
 * person types; messages by field; the first wrong field focused; server errors set by field
 * (`setError` fits lib/form-errors) — without its weight in the page's JavaScript.
 */
export function useLightForm<F extends string, Out>(
  schema: ZodMiniType<Out>,
  defaultValues: Record<F, string>,
) {
  const [values, setValues] = useState(defaultValues);
  const [errors, setErrors] = useState<Errors<F>>({});
  const submitted = useRef(false);
  const inputs = useRef<Partial<Record<F, HTMLInputElement | null>>>({});

  const check = (next: Record<F, string>) => {
    const result = safeParse(schema, next);
    if (result.success) return { data: result.data, errors: {} as Errors<F> };
    const found: Errors<F> = {};
    for (const issue of result.error.issues) {
      const name = issue.path[0] as F;
      found[name] ??= issue.message;
    }
    return { data: null, errors: found };
  };

  const field = (name: F) => ({
    name,
    value: values[name],
    ref: (input: HTMLInputElement | null) => {
      inputs.current[name] = input;
    },
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const next = { ...values, [name]: event.target.value };
      setValues(next);
      if (submitted.current) setErrors(check(next).errors);
    },
  });

  const setError = (name: F, error: { message: string }, options?: { shouldFocus: boolean }) => {
    setErrors((current) => ({ ...current, [name]: error.message }));
    if (options?.shouldFocus) inputs.current[name]?.focus();
  };

  const handleSubmit = (onValid: (data: Out) => void) => (event: FormEvent) => {
    event.preventDefault();
    submitted.current = true;
    const result = check(values);
    setErrors(result.errors);
    if (result.data !== null) return onValid(result.data);
    const first = (Object.keys(defaultValues) as F[]).find((name) => result.errors[name]);
    if (first) inputs.current[first]?.focus();
  };

  return { values, errors, field, setError, handleSubmit };
}
