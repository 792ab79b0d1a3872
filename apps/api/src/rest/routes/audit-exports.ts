import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.js';

/** The audit log as CSV (PRODUCT.md §9: `GET /v1/exports/…`), streamed. */
export function auditExportRoutes(_app: FastifyInstance, _deps: Deps): void {}
