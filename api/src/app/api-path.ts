import type { FastifyRequest } from 'fastify';

export const API_PREFIX = 'api';

/** Whether a request is for the API (`/api`, `/api/…`), not for the web app. */
export const isApiPath = (request: FastifyRequest): boolean =>
  request.url === `/${API_PREFIX}` ||
  request.url.startsWith(`/${API_PREFIX}/`) ||
  request.url.startsWith(`/${API_PREFIX}?`);
