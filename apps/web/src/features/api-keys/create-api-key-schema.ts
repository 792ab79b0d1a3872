import { apiKeyScopes } from '@roster/core/browser';
import { z } from 'zod';
import { expiresAt, expiryChoices, expiryDateProblem } from './api-key-format';

/**
 * The create dialog's form. It holds what people choose (all projects or some, an expiry choice
 * or a date); `toCreateInput` turns it into `apiKey.create`'s input, which the API checks again.
 */
export const createApiKeyForm = z
  .object({
    name: z.string().trim().min(1, 'Enter a name, e.g. the application that will use the key.').max(100),
    scopes: z.array(z.enum(apiKeyScopes)).min(1, 'Choose at least one scope.'),
    projects: z.enum(['all', 'some']),
    projectIds: z.array(z.string()),
    expiry: z.enum(expiryChoices),
    expiryDate: z.string(),
  })
  .superRefine((values, context) => {
    if (values.projects === 'some' && values.projectIds.length === 0)
      context.addIssue({ code: 'custom', path: ['projectIds'], message: 'Choose at least one project.' });
    const problem = values.expiry === 'date' ? expiryDateProblem(values.expiryDate, new Date()) : null;
    if (problem) context.addIssue({ code: 'custom', path: ['expiryDate'], message: problem });
  });

export type CreateApiKeyFormInput = z.input<typeof createApiKeyForm>;
export type CreateApiKeyFormValues = z.output<typeof createApiKeyForm>;
export type CreateApiKeyField = keyof CreateApiKeyFormValues;

/** A new form's values: a new object each time (react-hook-form keeps what it is given). */
export function blankApiKeyForm(): CreateApiKeyFormInput {
  return {
    name: '',
    scopes: ['content:read'],
    projects: 'all',
    projectIds: [],
    expiry: 'never',
    expiryDate: '',
  };
}

export function toCreateInput(orgId: string, values: CreateApiKeyFormValues, now: Date) {
  const expiry = expiresAt(values.expiry, values.expiryDate, now);
  return {
    orgId,
    name: values.name,
    scopes: values.scopes,
    ...(values.projects === 'some' ? { projectIds: values.projectIds } : {}),
    ...(expiry ? { expiresAt: expiry } : {}),
  };
}

/** Which form field shows an error the API gave for one of its input's fields. */
export const fieldOfInput: Record<string, CreateApiKeyField> = {
  name: 'name',
  scopes: 'scopes',
  projectIds: 'projectIds',
  expiresAt: 'expiryDate',
};
