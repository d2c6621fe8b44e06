import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { USERNAME_PATTERN, type Page, type UserView } from '@worker-aid/shared/domain';
import {
  applyScope,
  findInScopeOr404,
  decodeCursor,
  encodeCursor,
  escapeLike,
  isUniqueViolation,
  Principal,
  PrincipalCache,
  apiError,
  invalidCursor,
} from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { UnitsService } from '@worker-aid/api/units';
import { hashPassword } from './passwords';
import { CreateUserDto, UpdateUserDto, UserQueryDto } from './user.dto';
import { User } from './user.entity';
import { toUserView } from './user.mapper';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly units: UnitsService,
    private readonly audit: AuditService,
    private readonly principals: PrincipalCache,
  ) {}

  /** Users of the caller's subtree, by username, keyset-paginated. */
  async list(principal: Principal, query: UserQueryDto): Promise<Page<UserView>> {
    const qb = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .orderBy('u.username', 'ASC')
      .limit(query.limit + 1);
    applyScope(qb, principal, 'u.unit_id');
    if (query.unitId) qb.andWhere('u.unitId = :unitId', { unitId: query.unitId });
    if (query.q) {
      qb.andWhere("(u.username LIKE :q ESCAPE '\\' OR u.displayName ILIKE :q ESCAPE '\\')", {
        q: `%${escapeLike(query.q)}%`,
      });
    }
    if (query.cursor) {
      const [after] = decodeCursor(query.cursor, ['string']);
      // Only a user name can be one: anything else (a NUL, say) would fail the query.
      if (!USERNAME_PATTERN.test(String(after))) throw invalidCursor();
      qb.andWhere('u.username > :after', { after });
    }
    const rows = await qb.getMany();
    const items = rows.slice(0, query.limit).map(toUserView);
    const nextCursor = rows.length > query.limit ? encodeCursor([items[items.length - 1].username]) : null;
    return { items, nextCursor };
  }

  async get(principal: Principal, id: string): Promise<UserView> {
    return toUserView(await this.findInScope(principal, id, this.dataSource.manager));
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
        await manager.save(user);
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
      const user = await this.findInScope(principal, id, manager, { lock: true });
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
      await manager.save(user);
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

  private async findInScope(
    principal: Principal,
    id: string,
    manager: EntityManager,
    options: { lock?: boolean } = {},
  ): Promise<User> {
    return findInScopeOr404(manager, User, principal, id, 'user', options);
  }
}
