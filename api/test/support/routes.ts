import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PERMISSION_KEY, PUBLIC_KEY, type RequiredPermission } from '@worker-aid/api/core';
import { servedRoutesOf } from '../../src/app/served-routes';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A route as the HTTP server serves it: `GET /api/cases/:id`. */
export interface ServedRoute {
  method: HttpMethod;
  path: string;
}

/** A route of a Nest controller with what it declares about who may call it. */
export interface DeclaredRoute extends ServedRoute {
  controller: string;
  handler: string;
  /** `@Authorize(...)` (or `@AuthorizeAny(...)`: any one of several) on the handler, else on the controller. */
  permission: RequiredPermission | undefined;
  /** `@Public()` on the handler or the controller. */
  isPublic: boolean;
}

export const routeKey = (route: ServedRoute): string => `${route.method} ${route.path}`;

const METHODS: Partial<Record<RequestMethod, HttpMethod>> = {
  [RequestMethod.GET]: 'GET',
  [RequestMethod.POST]: 'POST',
  [RequestMethod.PUT]: 'PUT',
  [RequestMethod.PATCH]: 'PATCH',
  [RequestMethod.DELETE]: 'DELETE',
};

/**
 * Every method + path the running app's HTTP server answers, as Fastify registered them
 * (HEAD routes Fastify adds beside each GET are left out: they answer as the GET does).
 */
export function servedRoutes(app: NestFastifyApplication): ServedRoute[] {
  const routes: ServedRoute[] = [];
  for (const { method, path } of servedRoutesOf(app)) {
    if (method === 'HEAD') continue;
    if (!isHttpMethod(method))
      throw new Error(`a route answers ${method} ${path}, which the tests do not know`);
    routes.push({ method, path: normalise(path) });
  }
  return unique(routes);
}

/** Every handler of every Nest controller with its path, method and declared permission. */
export function declaredRoutes(app: NestFastifyApplication, globalPrefix: string): DeclaredRoute[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const routes: DeclaredRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as (abstract new (...args: never[]) => unknown) | null;
    if (!controller) continue;
    const prototype = controller.prototype as Record<string, unknown>;
    const controllerPaths = asPaths(Reflect.getMetadata(PATH_METADATA, controller));
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      if (typeof handler !== 'function') continue;
      const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      const handlerPaths = Reflect.getMetadata(PATH_METADATA, handler) as unknown;
      if (requestMethod === undefined || handlerPaths === undefined) continue;
      const method = METHODS[requestMethod];
      if (!method) throw new Error(`${controller.name}.${name} uses a method the tests do not know`);
      const permission = (Reflect.getMetadata(PERMISSION_KEY, handler) ??
        Reflect.getMetadata(PERMISSION_KEY, controller)) as RequiredPermission | undefined;
      const isPublic = Boolean(
        Reflect.getMetadata(PUBLIC_KEY, handler) ?? Reflect.getMetadata(PUBLIC_KEY, controller),
      );
      for (const base of controllerPaths)
        for (const own of asPaths(handlerPaths))
          routes.push({
            method,
            path: normalise(`/${globalPrefix}/${base}/${own}`),
            controller: controller.name,
            handler: name,
            permission,
            isPublic,
          });
    }
  }
  return routes;
}

function asPaths(metadata: unknown): string[] {
  if (metadata === undefined) return [''];
  const list = Array.isArray(metadata) ? (metadata as unknown[]) : [metadata];
  return list.map((path) => {
    if (typeof path !== 'string') throw new Error(`a non-string route path: ${String(path)}`);
    return path;
  });
}

function normalise(path: string): string {
  const joined = `/${path}`.replace(/\/+/g, '/');
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
}

function isHttpMethod(method: string): method is HttpMethod {
  return ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method);
}

function unique<T extends ServedRoute>(routes: T[]): T[] {
  const seen = new Map<string, T>();
  for (const route of routes) if (!seen.has(routeKey(route))) seen.set(routeKey(route), route);
  return [...seen.values()];
}

/** The path with each `:param` replaced by its value. */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/:(\w+)/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for :${name} in ${path}`);
    return encodeURIComponent(value);
  });
}

export const pathParameters = (path: string): string[] =>
  [...path.matchAll(/:(\w+)/g)].map((match) => match[1] ?? '');
