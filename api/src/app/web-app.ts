import { Logger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyStatic from '@fastify/static';
import type { FastifyRequest } from 'fastify';
import { isApiPath } from './api-path';

/** The built Angular app at `/`; any other page path gets index.html so deep links work. */
export async function serveWebApp(app: NestFastifyApplication, webRoot: string): Promise<void> {
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
