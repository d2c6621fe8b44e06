import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { USERNAME_PATTERN, type Page, type UserView } from '@worker-aid/shared/domain';
import {
  Access,
  decodeCursor,
  isUniqueViolation,
  paginate,
  Principal,
  PrincipalCache,
  type ScopedRecord,
  apiError,
  invalidCursor,
} from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { UnitsService } from '@worker-aid/api/units';
import { hashPassword } from './passwords';
import { CreateUserDto, UpdateUserDto, UserQueryDto } from './user.dto';
import { User } from './user.entity';
import { toUserView } from './user.mapper';
import { UserQueries } from './user.queries';

const USER: ScopedRecord<User> = { entity: User, what: 'user' };

/**
 * Users and their accounts. Besides its endpoints it answers the sign-in's and other features'
 * questions about users by name (`findByUsername`, `findActive`, `find`, `displayNamesOf`,
 * `endTokens`); nothing else queries the user table.
 */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: UserQueries,
    private readonly access: Access,
    private readonly units: UnitsService,
    private readonly audit: AuditService,
    private readonly principals: PrincipalCache,
  ) {}

  /** Users of the caller's subtree — or of `unitId` and the units below it — by username, keyset-paginated. */
  async list(principal: Principal, query: UserQueryDto): Promise<Page<UserView>> {
    const scope = await this.access.list(principal, query.unitId);
    let after: string | null = null;
    if (query.cursor) {
      const [last] = decodeCursor(query.cursor, ['string']);
      // Only a user name can be one: anything else (a NUL, say) would fail the query.
      if (!USERNAME_PATTERN.test(String(last))) throw invalidCursor();
      after = String(last);
    }
    const rows = await this.queries.page(scope, query, after);
    return paginate(rows, query.limit, (user) => [user.username], toUserView);
  }

  async get(principal: Principal, id: string): Promise<UserView> {
    return toUserView(await this.access.require(USER, principal, id));
  }

  async create(principal: Principal, dto: CreateUserDto): Promise<UserView> {
    const passwordHash = await hashPassword(dto.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const unit = await this.units.findInScope(principal, dto.unitId, manager);
        const user = manager.create(User, {
          username: dto.username,
          displayName: dto.displayName.trim(),
          passwordHash,
          role: dto.role,
          unitId: unit.id,
        });
        await this.queries.save(manager, user);
        await this.audit.record(manager, {
          actorId: principal.id,
          unitId: unit.id,
          action: 'user.create',
          entityType: 'user',
          entityId: user.id,
          detail: { username: user.username, role: user.role, unitId: user.unitId },
        });
        return toUserView(user);
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw apiError('user.duplicate_username', 'username: this login name is taken');
      throw error;
    }
  }

  async update(principal: Principal, id: string, dto: UpdateUserDto): Promise<UserView> {
    const passwordHash = dto.password === undefined ? undefined : await hashPassword(dto.password);
    const view = await this.dataSource.transaction(async (manager) => {
      const user = await this.access.require(USER, principal, id, { manager, lock: true });
      if (user.id === principal.id && (dto.active === false || (dto.role && dto.role !== user.role))) {
        throw apiError(
          'user.self_change',
          'active: you cannot disable your own account or change your own role',
        );
      }
      const changed: string[] = [];
      if (dto.displayName !== undefined && dto.displayName.trim() !== user.displayName) {
        user.displayName = dto.displayName.trim();
        changed.push('displayName');
      }
      if (dto.role !== undefined && dto.role !== user.role) {
        user.role = dto.role;
        changed.push('role');
      }
      if (dto.active !== undefined && dto.active !== user.active) {
        user.active = dto.active;
        changed.push('active');
      }
      if (passwordHash) {
        user.passwordHash = passwordHash;
        changed.push('password');
      }
      // Disabling, a new role or a new password ends every session the user had.
      if (changed.some((field) => field !== 'displayName')) user.tokenVersion += 1;
      if (changed.length === 0) return toUserView(user);
      await this.queries.save(manager, user);
      await this.audit.record(manager, {
        actorId: principal.id,
        unitId: user.unitId,
        action: 'user.update',
        entityType: 'user',
        entityId: user.id,
        detail: { changed, role: user.role, active: user.active },
      });
      return toUserView(user);
    });
    // After the commit: a request in between could otherwise cache the old principal again.
    this.principals.forget(id);
    return view;
  }

  /** The user signing in with this (lower-case) login name, active or not. */
  findByUsername(username: string): Promise<User | null> {
    return this.queries.byUsername(username);
  }

  /** An active user; with `tokenVersion`, only while their tokens carry that version. */
  findActive(id: string, tokenVersion?: number): Promise<User | null> {
    return this.queries.active(id, tokenVersion);
  }

  find(id: string, manager?: EntityManager): Promise<User | null> {
    return this.queries.byId(id, manager);
  }

  /** Display names by user id, e.g. for a case's history. */
  async displayNamesOf(ids: readonly string[]): Promise<Map<string, string>> {
    const names = await this.queries.namesOf(ids);
    return new Map([...names].map(([id, actor]) => [id, actor.displayName]));
  }

  /** Ends every token the user holds: their token version moves on. */
  endTokens(manager: EntityManager, id: string): Promise<void> {
    return this.queries.raiseTokenVersion(manager, id);
  }
}
