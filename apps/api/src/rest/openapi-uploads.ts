import { assetDtoSchema } from '@roster/core';
import { z } from 'zod';
import { rawBodyTransform } from './openapi.js';
import { anyCredential, commonProblems, empty, json, problems, type HeaderDoc } from './openapi-schemas.js';
import { projectParams, rawUploadQuery } from './params.js';

// The route options (schema, config) of the routes that take file bytes. Their bodies are never
// parsed or validated by Fastify (the handlers stream them), so the document learns of the body
// and of the headers they read from rawBodyTransform; path and query are validated as elsewhere.

const tags = ['Uploads'];

const tusVersion = z
  .literal('1.0.0')
  .describe('The tus protocol version (required on every request but OPTIONS).');
const tusHeader: Record<string, HeaderDoc> = { 'Tus-Resumable': { type: 'string', description: '`1.0.0`' } };
const offsetHeader: Record<string, HeaderDoc> = {
  'Upload-Offset': { type: 'integer', description: 'Bytes the server holds.' },
};

/** `POST /v1/projects/{projectId}/assets?name=&folderId=&onConflict=` with the file as the body. */
export const rawUploadRouteOptions = {
  config: {
    longBody: true,
    scope: 'content:write' as const,
    swaggerTransform: rawBodyTransform({
      body: {
        contentTypes: ['application/octet-stream'],
        description: "The file's bytes, whatever their type.",
      },
      headers: z.object({
        'content-length': z.string().describe('The size of the file in bytes: required (no chunked bodies).'),
      }),
    }),
  },
  schema: {
    summary: 'Upload a file',
    description:
      "The file as the raw request body; `Content-Length` is required and checked against the plan's largest file and the storage left before a byte is read (`Expect: 100-continue` is answered once accepted). The type is sniffed from the bytes. A name taken: `onConflict` `rename` (default: `name (1).ext`), `replace` or `fail` (409).",
    tags,
    security: anyCredential,
    params: projectParams,
    querystring: rawUploadQuery,
    response: {
      201: json(assetDtoSchema, 'The file stored.'),
      ...problems(...commonProblems, 409, 411, 412, 413),
    },
  },
};

const discovery = {
  config: {
    longBody: true,
    ownAuthentication: true,
    swaggerTransform: rawBodyTransform({}),
  },
  schema: {
    summary: 'tus discovery',
    description: 'What the tus server supports (no credentials needed).',
    tags,
    security: [],
    response: {
      204: empty('The capabilities.', {
        ...tusHeader,
        'Tus-Version': { type: 'string', description: '`1.0.0`' },
        'Tus-Extension': { type: 'string', description: 'e.g. `creation,creation-with-upload,termination`' },
        'Tus-Max-Size': { type: 'integer', description: 'The largest upload, when bounded.' },
      }),
    },
  },
};

const creation = {
  config: {
    longBody: true,
    scope: 'content:write' as const,
    ownAuthentication: true,
    swaggerTransform: rawBodyTransform({
      body: {
        contentTypes: ['application/offset+octet-stream'],
        description: 'Optional: the first bytes of the file (creation-with-upload).',
      },
      headers: z.object({
        'tus-resumable': tusVersion,
        'upload-length': z
          .string()
          .describe('The size of the file in bytes (deferred lengths are not supported).'),
        'upload-metadata': z
          .string()
          .describe(
            'Comma-separated `key base64(value)` pairs: `projectId` and `name` (required), `folderId`, `onConflict`.',
          ),
      }),
    }),
  },
  schema: {
    summary: 'Start a resumable upload (tus 1.0)',
    description:
      'Creates a tus upload in a project, checked against the plan and the storage left (the space is reserved). Send the bytes with PATCH to its `Location`; the last PATCH answers 200 with the asset. Only its creator may continue it.',
    tags,
    security: anyCredential,
    response: {
      201: empty('Created.', {
        ...tusHeader,
        ...offsetHeader,
        Location: { type: 'string', description: 'The upload: `/v1/uploads/{id}`.' },
      }),
      ...problems(...commonProblems, 409, 412, 413),
    },
  },
};

const uploadParams = z.object({ id: z.string().describe('The upload id (from `Location`).') });

/** An existing upload: HEAD (its offset), PATCH (more bytes), DELETE (cancel). */
const access = {
  HEAD: {
    summary: "A resumable upload's offset",
    description: 'How many bytes the server holds: resume the PATCHes from there.',
    body: undefined,
    headers: z.object({ 'tus-resumable': tusVersion }),
    response: {
      200: empty('The offset.', {
        ...tusHeader,
        ...offsetHeader,
        'Upload-Length': { type: 'integer', description: 'The size of the file.' },
      }),
    },
  },
  PATCH: {
    summary: 'Send bytes of a resumable upload',
    description:
      'Bytes from `Upload-Offset` on. Answers 204 with the new offset, or 200 with the asset once the last byte arrived.',
    body: {
      contentTypes: ['application/offset+octet-stream'],
      description: 'The next bytes of the file.',
    },
    headers: z.object({
      'tus-resumable': tusVersion,
      'upload-offset': z.string().describe('Where these bytes start (the offset HEAD answered).'),
      'content-type': z.literal('application/offset+octet-stream'),
    }),
    response: {
      200: json(assetDtoSchema, 'The last byte arrived: the file stored.', { ...tusHeader, ...offsetHeader }),
      204: empty('Bytes taken.', { ...tusHeader, ...offsetHeader }),
      ...problems(409, 413),
    },
  },
  DELETE: {
    summary: 'Cancel a resumable upload',
    description: 'Removes its bytes and releases the reserved space.',
    body: undefined,
    headers: z.object({ 'tus-resumable': tusVersion }),
    response: { 204: empty('Cancelled.', tusHeader) },
  },
} as const;

/** The route options of `method /v1/uploads/:id`. */
function accessOptions(method: keyof typeof access) {
  const doc = access[method];
  return {
    config: {
      longBody: true,
      scope: 'content:write' as const,
      ownAuthentication: true,
      swagger: { exposeHeadRoute: true },
      swaggerTransform: rawBodyTransform({ body: doc.body, headers: doc.headers }),
    },
    schema: {
      summary: doc.summary,
      description: doc.description,
      tags,
      security: anyCredential,
      params: uploadParams,
      response: { ...doc.response, ...problems(...commonProblems) },
    },
  };
}

export const tusRouteOptions = {
  discovery,
  creation,
  access: { HEAD: accessOptions('HEAD'), PATCH: accessOptions('PATCH'), DELETE: accessOptions('DELETE') },
};
