import { INestApplication, ValidationPipe } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiErrorBody } from '@worker-aid/shared/domain';
import {
  acceptJsonBodiesOnly,
  acceptMultipartUploads,
  AllExceptionsFilter,
  BODY_LIMIT_BYTES,
  inputLimits,
  validationException,
} from '@worker-aid/api/core';
import { API_PREFIX, isApiPath } from './api-path';
import { errorCodesDescription } from './error-codes-doc';
import { securityHeaders } from './security-headers';
import { recordServedRoutes } from './served-routes';
import { serveWebApp } from './web-app';

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
      const body: ApiErrorBody = {
        statusCode: 400,
        error: 'Bad Request',
        code: 'validation',
        message: ['path: not a valid URL'],
        fields: [{ field: 'path', code: 'format', message: 'not a valid URL' }],
      };
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
  await acceptMultipartUploads(app);
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

function setUpOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Worker Aid API')
    .setDescription(
      '困难职工帮扶中心 case management: units, users, workers, aid cases, funds, disbursements, reports.\n\n' +
        errorCodesDescription(),
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
}
