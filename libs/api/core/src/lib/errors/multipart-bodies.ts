import fastifyMultipart from '@fastify/multipart';
import { RouteConfig, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { unsupportedBody } from './json-bodies';

const ACCEPTS_MULTIPART = 'acceptsMultipart';

/** On a handler: the route takes a `multipart/form-data` upload, which every other route refuses. */
export const AcceptsMultipart = (): MethodDecorator => RouteConfig({ [ACCEPTS_MULTIPART]: true });

/**
 * Multipart bodies, for the routes marked `@AcceptsMultipart()` only. The plugin's parser reads
 * nothing: the handler streams the parts itself (`request.parts()`), so an upload neither counts
 * against the JSON body limit nor sits whole in memory. The limits here are the tight defaults;
 * a handler passes its own. On any other route a multipart body is the same 415 as any body
 * that is not JSON (`acceptJsonBodiesOnly`), refused before guards, pipes or handler run.
 * Call after `acceptJsonBodiesOnly`, which removes every parser it finds.
 */
export async function acceptMultipartUploads(app: NestFastifyApplication): Promise<void> {
  await app.register(fastifyMultipart, {
    limits: {
      files: 1,
      fields: 4,
      parts: 5,
      fieldNameSize: 100,
      fieldSize: 1024,
      headerPairs: 100,
      fileSize: 0,
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('preValidation', (request, _reply, done) => {
      done(isRefusedMultipart(request) ? unsupportedBody() : undefined);
    });
}

function isRefusedMultipart(request: FastifyRequest): boolean {
  const config: object = request.routeOptions.config;
  return request.isMultipart() && (config as Record<string, unknown>)[ACCEPTS_MULTIPART] !== true;
}
