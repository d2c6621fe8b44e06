import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import {
  AuthenticatedRequest,
  PERMISSION_KEY,
  PUBLIC_KEY,
  apiError,
  permits,
  type RequiredPermission,
} from '@worker-aid/api/core';
import { AuthService } from './auth.service';

/**
 * The one guard of every endpoint: a bearer token, a live user, and the permission the
 * endpoint declares in the role's matrix. An endpoint that declares nothing is refused.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const required = this.reflector.getAllAndOverride<RequiredPermission | undefined>(
      PERMISSION_KEY,
      targets,
    );

    const request = context.switchToHttp().getRequest<FastifyRequest & AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw apiError('auth.required', 'a bearer token is required');
    const principal = await this.auth.authenticate(token);
    request.principal = principal;

    if (!required) throw apiError('auth.forbidden', 'this endpoint declares no permission');
    if (!permits(principal.role, required)) {
      throw apiError('auth.forbidden', `the role ${principal.role} may not do this (${String(required)})`);
    }
    return true;
  }
}
