import { INestApplication, Logger, ValidationPipe } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { json, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import {
  AllExceptionsFilter,
  bodyParserErrors,
  inputLimits,
  validationException,
} from '@worker-aid/api/core';

export const API_PREFIX = 'api';

/** Everything the HTTP layer needs beyond the modules; the same for the server and the tests. */
export function configureApp(
  app: NestExpressApplication,
  options: { webRoot: string | null; apiDocs: boolean },
): void {
  app.setGlobalPrefix(API_PREFIX);
  // API answers are never cached (no-store below), so hashing every body into an ETag is waste.
  app.set('etag', false);
  app.use(json({ limit: '1mb' }), bodyParserErrors, inputLimits);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Angular inserts component styles as <style> elements.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  app.use(`/${API_PREFIX}`, (_request: Request, response: Response, next: NextFunction) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  if (options.webRoot) serveWebApp(app, options.webRoot);
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

/** The built Angular app at `/`; any other page path gets index.html so deep links work. */
function serveWebApp(app: NestExpressApplication, webRoot: string): void {
  const index = join(webRoot, 'index.html');
  if (!existsSync(index)) {
    new Logger('Web').warn(`no web app at ${webRoot}: run "npm run build" to serve it`);
    return;
  }
  app.useStaticAssets(webRoot, {
    index: false,
    // Bundles with a content hash in their name never change; everything else is revalidated.
    setHeaders: (response: Response, path: string) =>
      response.setHeader(
        'Cache-Control',
        /-[A-Z0-9]{8}\.(js|css)$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isPage =
      request.method === 'GET' &&
      !request.path.startsWith(`/${API_PREFIX}/`) &&
      request.path !== `/${API_PREFIX}`;
    if (isPage && request.accepts('html')) {
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(index);
    } else next();
  });
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
