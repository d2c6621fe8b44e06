import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { can, type Permission, type Role } from '@worker-aid/shared/domain';
import type { Principal } from './principal';

export const PERMISSION_KEY = 'worker-aid:permission';
export const PUBLIC_KEY = 'worker-aid:public';

/**
 * Every endpoint says who may call it: `@Authorize('records:read')` or `@Public()`.
 * The global guard refuses endpoints that say neither, so a forgotten decorator fails closed.
 */
export function Authorize(permission: Permission | 'signed-in'): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(PERMISSION_KEY, permission),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'no or bad token' }),
    ApiForbiddenResponse({ description: `the role lacks ${permission}` }),
  );
}

/** What an endpoint declares: one permission, any one of several, or only a signed-in user. */
export type RequiredPermission = Permission | readonly Permission[] | 'signed-in';

/**
 * An endpoint open to a role holding any one of the permissions, e.g. an objection to a case,
 * which whoever records the case's facts and whoever decides it may both take in.
 */
export function AuthorizeAny(
  ...permissions: [Permission, ...Permission[]]
): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(PERMISSION_KEY, permissions),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'no or bad token' }),
    ApiForbiddenResponse({ description: `the role lacks all of ${permissions.join(', ')}` }),
  );
}

/** Whether a role may call an endpoint that declares `required` (the guard's one rule). */
export function permits(role: Role, required: RequiredPermission): boolean {
  if (required === 'signed-in') return true;
  if (typeof required === 'string') return can(role, required);
  return required.some((permission) => can(role, permission));
}

export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(PUBLIC_KEY, true);
}

export interface AuthenticatedRequest {
  principal?: Principal;
  ip?: string;
}

/** The signed-in user of the request (set by the guard). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentUser used on an endpoint without authentication');
  return principal;
});
