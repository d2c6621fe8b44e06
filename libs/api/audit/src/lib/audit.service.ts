import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuditEntryView, Page } from '@worker-aid/shared/domain';
import { Access, isRootPath, paginate, Principal } from '@worker-aid/api/core';
import { ActorDirectory, type ActorNames } from './actor-directory';
import type { AuditEntry } from './audit-entry.entity';
import { AuditQueries } from './audit.queries';
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
  constructor(
    private readonly queries: AuditQueries,
    private readonly access: Access,
    private readonly actors: ActorDirectory,
  ) {}

  /** Writes one audit line with the manager of the caller's transaction, so it commits or rolls back with the change. */
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await this.queries.insert(manager, entry);
  }

  /** Many lines at once, like `record`: they commit or roll back with the caller's change. */
  async recordMany(manager: EntityManager, entries: readonly AuditRecord[]): Promise<void> {
    await this.queries.insertMany(manager, entries);
  }

  /** Newest first, keyset-paginated by id; lines of units outside the caller's subtree stay hidden. */
  async list(principal: Principal, query: AuditQueryDto): Promise<Page<AuditEntryView>> {
    const scope = await this.access.list(principal);
    // Lines without a unit (a failed login of an unknown name) are for the root's auditors only.
    const entries = await this.queries.page(scope, query, isRootPath(principal.unitPath));
    const actorIds = entries.flatMap((entry) => (entry.actorId ? [entry.actorId] : []));
    const names = await this.actors.namesOf([...new Set(actorIds)]);
    return paginate(
      entries,
      query.limit,
      (entry) => [entry.id],
      (entry) => toView(entry, entry.actorId ? names.get(entry.actorId) : undefined),
    );
  }
}

function toView(entry: AuditEntry, actor: ActorNames | undefined): AuditEntryView {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    actorId: entry.actorId,
    actorUsername: actor?.username ?? null,
    actorDisplayName: actor?.displayName ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    detail: entry.detail,
  };
}
