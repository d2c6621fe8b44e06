import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { decodeSequenceCursor, type ListScope, rowsForPage } from '@worker-aid/api/core';
import { AuditEntry } from './audit-entry.entity';
import type { AuditQueryDto } from './audit-query.dto';
import type { AuditRecord } from './audit.service';

/** Every query of `audit_entry`, which the audit feature owns. */
@Injectable()
export class AuditQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** With the manager of the caller's transaction, so the line commits or rolls back with the change. */
  async insert(manager: EntityManager, entry: AuditRecord): Promise<void> {
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

  /**
   * Many lines in one statement (an import's batch, a campaign batch's payments), in the caller's
   * transaction: six array parameters whatever the number of lines, so 20,000 lines stay far
   * from PostgreSQL's limit of 65,535 bound values per statement.
   */
  async insertMany(manager: EntityManager, entries: readonly AuditRecord[]): Promise<void> {
    if (entries.length === 0) return;
    await manager.query(
      `INSERT INTO audit_entry (actor_id, unit_id, action, entity_type, entity_id, detail)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::varchar[], $5::varchar[], $6::jsonb[])`,
      [
        entries.map((entry) => entry.actorId),
        entries.map((entry) => entry.unitId),
        entries.map((entry) => entry.action),
        entries.map((entry) => entry.entityType),
        entries.map((entry) => entry.entityId ?? null),
        entries.map((entry) => JSON.stringify(entry.detail ?? {})),
      ],
    );
  }

  /** A page of lines, newest first; `includeUnscoped` keeps lines without a unit. */
  page(scope: ListScope, query: AuditQueryDto, includeUnscoped: boolean): Promise<AuditEntry[]> {
    const qb = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .orderBy('a.id', 'DESC')
      .limit(rowsForPage(query.limit));
    scope.applyTo(qb, 'a.unit_id', { includeUnscoped });
    if (query.entityType) qb.andWhere('a.entityType = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('a.entityId = :entityId', { entityId: query.entityId });
    if (query.actorId) qb.andWhere('a.actorId = :actorId', { actorId: query.actorId });
    if (query.from) qb.andWhere('a.at >= :from', { from: query.from });
    // `to` is a day, inclusive: everything before the start of the next day.
    if (query.to) qb.andWhere("a.at < (CAST(:to AS date) + INTERVAL '1 day')", { to: query.to });
    if (query.cursor) {
      qb.andWhere('a.id < :lastId', { lastId: decodeSequenceCursor(query.cursor) });
    }
    return qb.getMany();
  }
}
