import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.js';

/** The Overview and Users tabs as CSV (PRODUCT.md §9: `GET /v1/exports/…`), streamed. */
export function statsExportRoutes(_app: FastifyInstance, _deps: Deps): void {}
