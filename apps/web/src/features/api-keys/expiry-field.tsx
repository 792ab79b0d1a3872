import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { Select } from '../../components/ui/select';
import { expiryChoices, expiryDateBounds, expiryLabels, type ExpiryChoice } from './api-key-format';

/** When the key stops working: never, after 30/90/365 days, or at the end of a chosen day. */
export function ExpiryField({
  choice,
  error,
  registerChoice,
  registerDate,
}: {
  choice: ExpiryChoice;
  error?: string | undefined;
  registerChoice: UseFormRegisterReturn<'expiry'>;
  registerDate: UseFormRegisterReturn<'expiryDate'>;
}) {
  const { min, max } = expiryDateBounds(new Date());
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field label="Expires">
        {(control) => (
          <Select {...control} {...registerChoice}>
            {expiryChoices.map((value) => (
              <option key={value} value={value}>
                {expiryLabels[value]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {choice === 'date' && (
        <Field label="Expiry date" error={error} hint="The key works until the end of this day.">
          {(control) => <Input type="date" min={min} max={max} {...control} {...registerDate} />}
        </Field>
      )}
    </div>
  );
}
