import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { isRole, type LoginResponse } from '@worker-aid/shared/domain';
import { APP_CONFIG, AppConfig, Principal, PrincipalCache, UnitTree, apiError } from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { decoyHash, toCurrentUserView, type User, UsersService, verifyPassword } from '@worker-aid/api/users';
import { LoginThrottle } from './login-throttle';
import { RefreshSessions, type RefreshToken } from './refresh-sessions';

interface TokenClaims {
  sub: string;
  /** The user's token version when the token was issued. */
  tv: number;
}

const BAD_CREDENTIALS = 'wrong username or password';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    private readonly principals: PrincipalCache,
    private readonly sessions: RefreshSessions,
    private readonly users: UsersService,
    private readonly units: UnitTree,
  ) {}

  /**
   * Same answer whether the user exists or not; every attempt goes to the audit trail. A
   * successful login also begins a refresh session, whose token goes into an httpOnly cookie.
   */
  async login(
    username: string,
    password: string,
    address: string,
  ): Promise<{ response: LoginResponse; refreshToken: RefreshToken }> {
    const name = username.trim().toLowerCase();
    await this.throttle.assertAllowed(name, address);
    const user = await this.users.findByUsername(name);
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
    if (!user || !valid || !user.active) {
      await this.throttle.recordFailure(name, address);
      await this.audit.record(this.dataSource.manager, {
        actorId: user?.id ?? null,
        unitId: user?.unitId ?? null,
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        detail: {
          username: name,
          address,
          reason: !user ? 'unknown user' : !valid ? 'wrong password' : 'disabled',
        },
      });
      throw apiError('auth.bad_credentials', BAD_CREDENTIALS);
    }
    await this.throttle.recordSuccess(name);
    await this.audit.record(this.dataSource.manager, {
      actorId: user.id,
      unitId: user.unitId,
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      detail: { address },
    });
    return { response: await this.signedIn(user), refreshToken: await this.sessions.begin(user) };
  }

  /** A new access token for the session of a refresh cookie, which is rotated; 401 when it has ended. */
  async refresh(refreshToken: string): Promise<{ response: LoginResponse; refreshToken: RefreshToken }> {
    const { user, token } = await this.sessions.rotate(refreshToken);
    return { response: await this.signedIn(user), refreshToken: token };
  }

  private async signedIn(user: User): Promise<LoginResponse> {
    const claims: TokenClaims = { sub: user.id, tv: user.tokenVersion };
    return {
      accessToken: await this.jwt.signAsync(claims),
      expiresIn: this.config.jwt.ttlSeconds,
      user: toCurrentUserView(user),
    };
  }

  /** The principal of a bearer token, or 401: bad signature, expired, wrong audience, disabled user or revoked token. */
  async authenticate(token: string): Promise<Principal> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw apiError('auth.invalid_token', 'invalid or expired token');
    }
    const cached = this.principals.get(claims.sub, claims.tv);
    if (cached) return cached;
    const principal = await this.principalOf(claims.sub, claims.tv);
    this.principals.set(claims.sub, claims.tv, principal);
    return principal;
  }

  /** The principal of an active user (and, for a token, only if it carries the user's current token version). */
  async principalOf(userId: string, tokenVersion?: number): Promise<Principal> {
    const user = await this.users.findActive(userId, tokenVersion);
    const unitPath = user && (await this.units.pathOf(user.unitId));
    if (!user || !unitPath || !isRole(user.role))
      throw apiError('auth.invalid_token', 'invalid or expired token');
    return { id: user.id, username: user.username, role: user.role, unitId: user.unitId, unitPath };
  }

  /** Ends every session of the user: tokens carry the token version, which goes up, and refresh sessions end. */
  async logout(principal: Principal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.users.endTokens(manager, principal.id);
      await this.sessions.endAll(manager, principal.id);
      await this.audit.record(manager, {
        actorId: principal.id,
        unitId: principal.unitId,
        action: 'auth.logout',
        entityType: 'user',
        entityId: principal.id,
      });
    });
    this.principals.forget(principal.id);
  }

  async me(principal: Principal) {
    const user = await this.users.find(principal.id);
    if (!user) throw apiError('auth.invalid_token', 'invalid or expired token');
    return toCurrentUserView(user);
  }
}
