import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { escapeLike, type ListScope, rowsForPage } from '@worker-aid/api/core';
import { ActorDirectory, type ActorNames } from '@worker-aid/api/audit';
import { User } from './user.entity';

/**
 * Every query of `app_user`, which the users feature owns. It is also the `ActorDirectory` the
 * audit trail names its actors with.
 */
@Injectable()
export class UserQueries extends ActorDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  /** A page by username: `q` is a fragment of the login or display name, `after` the last name seen. */
  page(scope: ListScope, query: { q?: string; limit: number }, after: string | null): Promise<User[]> {
    const qb = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .orderBy('u.username', 'ASC')
      .limit(rowsForPage(query.limit));
    scope.applyTo(qb, 'u.unit_id');
    if (query.q) {
      qb.andWhere("(u.username LIKE :q ESCAPE '\\' OR u.displayName ILIKE :q ESCAPE '\\')", {
        q: `%${escapeLike(query.q)}%`,
      });
    }
    if (after !== null) qb.andWhere('u.username > :after', { after });
    return qb.getMany();
  }

  byUsername(username: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ username });
  }

  byId(id: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.findOneBy(User, { id });
  }

  /** An active user; with `tokenVersion`, only while the user's tokens carry that version. */
  async active(id: string, tokenVersion?: number): Promise<User | null> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id, active: true });
    return user && (tokenVersion === undefined || user.tokenVersion === tokenVersion) ? user : null;
  }

  async save(manager: EntityManager, user: User): Promise<void> {
    await manager.save(user);
  }

  async raiseTokenVersion(manager: EntityManager, id: string): Promise<void> {
    await manager.increment(User, { id }, 'tokenVersion', 1);
  }

  async namesOf(ids: readonly string[]): Promise<Map<string, ActorNames>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; username: string; display_name: string }[]>(
      'SELECT id, username, display_name FROM app_user WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((row) => [row.id, { username: row.username, displayName: row.display_name }]));
  }
}
