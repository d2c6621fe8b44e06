import { ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Principal } from '@worker-aid/api/core';
import { Authorize, AuthorizeAny, Public } from '@worker-aid/api/core';
import { AuthGuard } from './auth.guard';
import type { AuthService } from './auth.service';

class Endpoints {
  @Public() open() {
    return 'open';
  }
  @Authorize('audit:read') audit() {
    return 'audit';
  }
  @Authorize('signed-in') me() {
    return 'me';
  }
  @AuthorizeAny('records:write', 'cases:decide') object() {
    return 'object';
  }
  @AuthorizeAny('cases:decide', 'money:write') decideOrPay() {
    return 'decide or pay';
  }
  undeclared() {
    return 'undeclared';
  }
}

const caseworker: Principal = {
  id: 'u1',
  username: 'cw',
  role: 'caseworker',
  unitId: 'g',
  unitPath: '/c/i/g/',
};

function context(handler: keyof Endpoints, authorization?: string): ExecutionContext {
  const request = { headers: authorization ? { authorization } : {} };
  return {
    getHandler: () => Endpoints.prototype[handler],
    getClass: () => Endpoints,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

describe('AuthGuard', () => {
  const auth = {
    authenticate: jest.fn(async (token: string) => {
      if (token !== 'good') throw new UnauthorizedException();
      return caseworker;
    }),
  } as unknown as AuthService;
  const guard = new AuthGuard(new Reflector(), auth);

  it('lets public endpoints through without a token', async () => {
    await expect(guard.canActivate(context('open'))).resolves.toBe(true);
  });

  it('needs a bearer token everywhere else', async () => {
    await expect(guard.canActivate(context('me'))).rejects.toMatchObject({ code: 'auth.required' });
    await expect(guard.canActivate(context('me', 'Basic good'))).rejects.toMatchObject({
      code: 'auth.required',
    });
    await expect(guard.canActivate(context('me', 'Bearer bad'))).rejects.toThrow(UnauthorizedException);
    await expect(guard.canActivate(context('me', 'Bearer good'))).resolves.toBe(true);
  });

  it('enforces the permission matrix', async () => {
    await expect(guard.canActivate(context('audit', 'Bearer good'))).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
  });

  it('lets a role in when it holds any one of several permissions, and only then', async () => {
    await expect(guard.canActivate(context('object', 'Bearer good'))).resolves.toBe(true);
    await expect(guard.canActivate(context('decideOrPay', 'Bearer good'))).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
  });

  it('refuses an endpoint that declares no permission', async () => {
    await expect(guard.canActivate(context('undeclared', 'Bearer good'))).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
  });
});
