import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../auth/principal';
import { ListScope } from './list-scope';
import { pathInScope } from './scope';
import { UnitTree } from './unit-tree';
import { notFound } from '../errors/api-error';

/** A kind of record the funnel scopes: declared by the feature that owns its table. */
export interface ScopedRecord<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  /** Names the record in the 404: `<what> not found`. */
  what: string;
  /** The column holding the record's unit; `unit_id` unless said otherwise. */
  unitColumn?: string;
}

type Caller = Pick<Principal, 'unitPath'>;

/**
 * The one access funnel (after immich's `requireAccess`): every read, lock and list of a record
 * that belongs to a unit goes through here, so a record outside the caller's unit subtree is
 * answered the same way everywhere — 404, as if it did not exist. The SQL of "lies in the
 * subtree" comes from the units feature (`UnitTree`), which owns the unit table.
 */
@Injectable()
export class Access {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tree: UnitTree,
  ) {}

  /**
   * For a list: the caller's subtree, or — when the list is filtered by `unitId` — that unit and
   * everything below it, once it is found inside the caller's subtree (404 otherwise).
   */
  async list(principal: Caller, unitId?: string | null, manager?: EntityManager): Promise<ListScope> {
    const rootPath = unitId ? await this.unitPath(principal, unitId, manager) : principal.unitPath;
    return new ListScope(this.tree, rootPath);
  }

  /** For a read or a lock: the record inside the caller's subtree, or a 404 naming it. */
  async require<T extends ObjectLiteral>(
    record: ScopedRecord<T>,
    principal: Caller,
    id: string,
    options: { manager?: EntityManager; lock?: boolean } = {},
  ): Promise<T> {
    const qb = this.scoped(record, principal, id, options.manager);
    if (options.lock) qb.setLock('pessimistic_write');
    const row = await qb.getOne();
    if (!row) throw notFound(record.what);
    return row;
  }

  /** For a check alone: 404 unless the record exists inside the caller's subtree. */
  async assertVisible<T extends ObjectLiteral>(
    record: ScopedRecord<T>,
    principal: Caller,
    id: string,
    manager?: EntityManager,
  ): Promise<void> {
    if (!(await this.isVisible(record, principal, id, manager))) {
      throw notFound(record.what);
    }
  }

  /** Whether the record exists inside the caller's subtree, for answers that name it only then. */
  async isVisible<T extends ObjectLiteral>(
    record: ScopedRecord<T>,
    principal: Caller,
    id: string,
    manager?: EntityManager,
  ): Promise<boolean> {
    const row = await this.scoped(record, principal, id, manager).select('1 AS visible').getRawOne();
    return row !== undefined;
  }

  /** The path of a unit inside the caller's subtree; 404 for any other, as if it did not exist. */
  async unitPath(principal: Caller, unitId: string, manager?: EntityManager): Promise<string> {
    const path = await this.tree.pathOf(unitId, manager);
    if (!path || !pathInScope(principal, path)) throw notFound('unit');
    return path;
  }

  private scoped<T extends ObjectLiteral>(
    record: ScopedRecord<T>,
    principal: Caller,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<T> {
    const qb = manager.getRepository(record.entity).createQueryBuilder('r').where('r.id = :id', { id });
    return new ListScope(this.tree, principal.unitPath).applyTo(qb, `r.${record.unitColumn ?? 'unit_id'}`);
  }
}
