import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditEntryView, Page } from '@worker-aid/shared/domain';
import { applyScope, decodeSequenceCursor, encodeCursor, isRootPath, Principal } from '@worker-aid/api/core';
import { AuditEntry } from './audit-entry.entity';
import { AuditQueryDto } from './audit-query.dto';

export interface AuditRecord {
  actorId: string | null;
  unitId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  detail?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes one audit line with the manager of the caller's transaction, so it commits or rolls back with the change. */
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    const line = manager.create(AuditEntry, {
      actorId: entry.actorId,
      unitId: entry.unitId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      detail: entry.detail ?? {},
    });
    await manager.save(line);
  }

  /** Newest first, keyset-paginated by id; lines of units outside the caller's subtree stay hidden. */
  async list(principal: Principal, query: AuditQueryDto): Promise<Page<AuditEntryView>> {
    const qb = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      // Who acted, by name: the audit trail is read by people, not by ids.
      .leftJoin('app_user', 'actor', 'actor.id = a.actor_id')
      .addSelect(['actor.username AS actor_username', 'actor.display_name AS actor_display_name'])
      .orderBy('a.id', 'DESC')
      .limit(query.limit + 1);
    applyScope(qb, principal, 'a.unitId', { includeUnscoped: isRootPath(principal.unitPath) });
    if (query.entityType) qb.andWhere('a.entityType = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('a.entityId = :entityId', { entityId: query.entityId });
    if (query.actorId) qb.andWhere('a.actorId = :actorId', { actorId: query.actorId });
    if (query.from) qb.andWhere('a.at >= :from', { from: query.from });
    // `to` is a day, inclusive: everything before the start of the next day.
    if (query.to) qb.andWhere("a.at < (CAST(:to AS date) + INTERVAL '1 day')", { to: query.to });
    if (query.cursor) {
      qb.andWhere('a.id < :lastId', { lastId: decodeSequenceCursor(query.cursor) });
    }
    const { entities, raw } = await qb.getRawAndEntities<{
      actor_username: string | null;
      actor_display_name: string | null;
    }>();
    const items = entities.slice(0, query.limit).map((entry, i) => toView(entry, raw[i]));
    const hasMore = entities.length > query.limit;
    return { items, nextCursor: hasMore ? encodeCursor([items[items.length - 1].id]) : null };
  }
}

function toView(
  entry: AuditEntry,
  actor: { actor_username: string | null; actor_display_name: string | null },
): AuditEntryView {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    actorId: entry.actorId,
    actorUsername: actor.actor_username,
    actorDisplayName: actor.actor_display_name,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    detail: entry.detail,
  };
}
