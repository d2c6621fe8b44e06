import { INestApplication, Logger, ValidationPipe } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiErrorBody } from '@worker-aid/shared/domain';
import {
  acceptJsonBodiesOnly,
  AllExceptionsFilter,
  BODY_LIMIT_BYTES,
  inputLimits,
  validationException,
} from '@worker-aid/api/core';
import { securityHeaders } from './security-headers';

export const API_PREFIX = 'api';

/** The HTTP server under Nest: Fastify, with the API's body limit and router settings. */
export function createHttpAdapter(): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    // inputLimits refuses `__proto__` and `constructor` fields with a 400 that names the field.
    onProtoPoisoning: 'ignore',
    onConstructorPoisoning: 'ignore',
    // An over-long id is a malformed id (400 from its pipe), not an unknown route.
    routerOptions: { maxParamLength: 1000, ignoreTrailingSlash: true },
    // A path Fastify cannot decode (a broken %-escape) never reaches Nest: answer it in the API's shape.
    frameworkErrors: (_error: Error, _request: FastifyRequest, reply: FastifyReply) => {
      const body: ApiErrorBody = { statusCode: 400, error: 'Bad Request', message: 'path: not a valid URL' };
      void reply.status(400).send(body);
    },
  });
}

/** Everything the HTTP layer needs beyond the modules; the same for the server and the tests. */
export async function configureApp(
  app: NestFastifyApplication,
  options: { webRoot: string | null; apiDocs: boolean },
): Promise<void> {
  app.setGlobalPrefix(API_PREFIX);
  const fastify = app.getHttpAdapter().getInstance();
  recordServedRoutes(fastify);
  acceptJsonBodiesOnly(fastify);
  fastify.addHook('preValidation', inputLimits);
  const headers = securityHeaders();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.headers(headers);
    if (isApiPath(request)) void reply.header('Cache-Control', 'no-store');
    done();
  });
  if (options.webRoot) await serveWebApp(app, options.webRoot);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationException,
    }),
  );
  app.useGlobalFilters(new AllExceptionsFilter());
  if (options.apiDocs) setUpOpenApi(app);
}

const isApiPath = (request: FastifyRequest): boolean =>
  request.url === `/${API_PREFIX}` ||
  request.url.startsWith(`/${API_PREFIX}/`) ||
  request.url.startsWith(`/${API_PREFIX}?`);

/** A route the HTTP server answers: `GET /api/cases/:id`. */
export interface ServedRoute {
  method: string;
  path: string;
}

const SERVED_ROUTES = Symbol('served routes');

/** Every route registered with the server, as it was registered (the authorization test reads them). */
export function servedRoutesOf(app: NestFastifyApplication): readonly ServedRoute[] {
  const fastify = app.getHttpAdapter().getInstance() as unknown as Record<symbol, ServedRoute[] | undefined>;
  const routes = fastify[SERVED_ROUTES];
  if (!routes) throw new Error('configureApp has not run on this app');
  return routes;
}

function recordServedRoutes(fastify: FastifyInstance): void {
  const routes: ServedRoute[] = [];
  (fastify as unknown as Record<symbol, ServedRoute[]>)[SERVED_ROUTES] = routes;
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, path: route.url });
  });
}

/** The built Angular app at `/`; any other page path gets index.html so deep links work. */
async function serveWebApp(app: NestFastifyApplication, webRoot: string): Promise<void> {
  if (!existsSync(join(webRoot, 'index.html'))) {
    new Logger('Web').warn(`no web app at ${webRoot}: run "npm run build" to serve it`);
    return;
  }
  await app.register(fastifyStatic, {
    root: webRoot,
    index: false,
    // One route per file of the build, so an unknown path is a 404 the page fallback can take.
    wildcard: false,
    // Bundles with a content hash in their name never change; everything else is revalidated.
    setHeaders: (reply, path) =>
      void reply.header(
        'Cache-Control',
        /-[A-Z0-9]{8}\.(js|css)$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      const isPage = request.is404 && request.method === 'GET' && !isApiPath(request) && acceptsHtml(request);
      if (!isPage) return done();
      void reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    });
}

/** As a browser navigating asks: text/html, or anything (`*\/*`, or no Accept at all). */
function acceptsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept;
  return accept === undefined || accept.includes('text/html') || accept.includes('*/*');
}

function setUpOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Worker Aid API')
    .setDescription(
      '困难职工帮扶中心 case management: units, users, workers, aid cases, funds, disbursements, reports.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
}
