import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { RefreshSession } from './refresh-session.entity';

/** Every query of `refresh_session`, which the auth feature owns. */
@Injectable()
export class RefreshSessionQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores a new session; answers its id. */
  async insert(session: Omit<RefreshSession, 'id' | 'user' | 'createdAt'>): Promise<string> {
    return (await this.dataSource.getRepository(RefreshSession).save(session)).id;
  }

  /** The session if it has not ended, locked until the caller's transaction ends. */
  lockOpen(manager: EntityManager, id: string): Promise<RefreshSession | null> {
    return manager.findOne(RefreshSession, {
      where: { id, revokedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async replaceSecret(manager: EntityManager, id: string, secretHash: string, now: Date): Promise<void> {
    await manager.update(RefreshSession, { id }, { secretHash, lastUsedAt: now });
  }

  async end(manager: EntityManager, id: string, now: Date): Promise<void> {
    await manager.update(RefreshSession, { id }, { revokedAt: now });
  }

  async endAllOf(manager: EntityManager, userId: string, now: Date): Promise<void> {
    await manager.update(RefreshSession, { userId, revokedAt: IsNull() }, { revokedAt: now });
  }
}
