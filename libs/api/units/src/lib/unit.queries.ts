import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { UNIT_LEVELS } from '@worker-aid/shared/domain';
import { type Bind, UnitTree, unitIdsOnPath } from '@worker-aid/api/core';
import { Unit } from './unit.entity';

let aliasCount = 0;

/**
 * Every query of the `unit` table, which the units feature owns. It is also the `UnitTree` the
 * access funnel (`Access` in core) asks, so the subtree rule's SQL is written here only.
 */
@Injectable()
export class UnitQueries extends UnitTree {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  subtreeCondition(rootPath: string, unitColumn: string, bind: Bind): string {
    const ids = unitIdsOnPath(rootPath);
    // A grassroots unit has nothing below it: comparing the unit id lets an index on
    // (unit_id, …) find its rows directly instead of filtering the whole table by path.
    if (ids.length === UNIT_LEVELS.length) return `${unitColumn} = ${bind(ids[ids.length - 1])}`;
    // Every unit lies below the center: a record with a unit is in its scope, no look-up needed.
    if (ids.length === 1) return `${unitColumn} IS NOT NULL`;
    const alias = `scope_unit_${++aliasCount % 1_000_000}`;
    return `EXISTS (SELECT 1 FROM unit ${alias} WHERE ${alias}.id = ${unitColumn} AND ${alias}.path LIKE ${bind(`${rootPath}%`)})`;
  }

  async pathOf(unitId: string, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const rows = await manager.query<{ path: string }[]>('SELECT path FROM unit WHERE id = $1', [unitId]);
    return rows[0]?.path ?? null;
  }

  /** The unit at `rootPath` and every unit below it. */
  subtree(rootPath: string): Promise<Unit[]> {
    return this.dataSource
      .getRepository(Unit)
      .createQueryBuilder('u')
      .where('u.path LIKE :prefix', { prefix: `${rootPath}%` })
      .orderBy('u.path', 'ASC')
      .getMany();
  }

  async insert(manager: EntityManager, unit: Unit): Promise<void> {
    await manager.insert(Unit, unit);
  }

  async childrenOf(unitId: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>('SELECT id FROM unit WHERE parent_id = $1', [
      unitId,
    ]);
    return rows.map((row) => row.id);
  }

  async namesOf(ids: readonly string[]): Promise<Map<string, { code: string; name: string }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; code: string; name: string }[]>(
      'SELECT id, code, name FROM unit WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((row) => [row.id, { code: row.code, name: row.name }]));
  }

  /** Whether `unitId` is `ancestorId` or lies below it. */
  async covers(ancestorId: string, unitId: string, manager: EntityManager): Promise<boolean> {
    const [row] = await manager.query<{ covers: boolean | null }[]>(
      `SELECT (SELECT path FROM unit WHERE id = $2) LIKE (SELECT path FROM unit WHERE id = $1) || '%' AS covers`,
      [ancestorId, unitId],
    );
    return row?.covers === true;
  }
}
