import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

/** A route as the HTTP server registered it: `GET /api/cases/:id`. */
export interface RegisteredRoute {
  method: string;
  path: string;
}

const registered = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** From now on, notes every route registered with this server (Fastify cannot list them afterwards). */
export function recordServedRoutes(fastify: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  registered.set(fastify, routes);
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, path: route.url });
  });
}

/** Every route the running app serves (the authorization test checks each of them). */
export function servedRoutesOf(app: NestFastifyApplication): readonly RegisteredRoute[] {
  const routes = registered.get(app.getHttpAdapter().getInstance());
  if (!routes) throw new Error('configureApp has not run on this app');
  return routes;
}
