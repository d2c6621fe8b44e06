import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { decodeSequenceCursor, escapeLike, type ListScope, rowsForPage } from '@worker-aid/api/core';
import { Worker } from './worker.entity';
import type { WorkerQueryDto } from './worker.dto';

/** Every query of the `worker` table, which the workers feature owns. */
@Injectable()
export class WorkerQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first; `q` is a fragment of the name. */
  page(scope: ListScope, query: WorkerQueryDto): Promise<Worker[]> {
    const qb = this.dataSource
      .getRepository(Worker)
      .createQueryBuilder('w')
      .orderBy('w.listSeq', 'DESC')
      .limit(rowsForPage(query.limit));
    scope.applyTo(qb, 'w.unit_id');
    if (query.q) qb.andWhere("w.name ILIKE :q ESCAPE '\\'", { q: `%${escapeLike(query.q)}%` });
    if (query.cursor) {
      qb.andWhere('w.listSeq < :after', { after: decodeSequenceCursor(query.cursor) });
    }
    return qb.getMany();
  }

  /** The worker with this identity number's blind index, inside `scope`. */
  byIdNumberIndex(scope: ListScope, index: Buffer, manager: EntityManager): Promise<Worker | null> {
    const qb = manager
      .getRepository(Worker)
      .createQueryBuilder('w')
      .where('w.idNumberIndex = :index', { index });
    scope.applyTo(qb, 'w.unit_id');
    return qb.getOne();
  }

  /** The id of whoever holds this identity number's blind index, in any unit. */
  async holderOf(index: Buffer, manager: EntityManager): Promise<string | null> {
    const rows = await manager.query<{ id: string }[]>('SELECT id FROM worker WHERE id_number_index = $1', [
      index,
    ]);
    return rows[0]?.id ?? null;
  }

  /** The blind indexes (hex) among these that a worker holds. */
  async heldIndexes(indexes: readonly Buffer[], manager: EntityManager): Promise<Set<string>> {
    if (indexes.length === 0) return new Set();
    const rows = await manager.query<{ id_number_index: Buffer }[]>(
      'SELECT id_number_index FROM worker WHERE id_number_index = ANY($1::bytea[])',
      [indexes],
    );
    return new Set(rows.map((row) => row.id_number_index.toString('hex')));
  }

  /** Inserts the workers in one statement; a number already held is skipped. Answers those inserted. */
  async insertNew(
    manager: EntityManager,
    workers: readonly Omit<Worker, 'id' | 'listSeq' | 'createdAt' | 'updatedAt'>[],
  ): Promise<{ id: string; idNumberIndex: Buffer }[]> {
    if (workers.length === 0) return [];
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Worker)
      .values(workers.map((worker) => ({ ...worker })))
      .orIgnore()
      .returning('id, id_number_index')
      .updateEntity(false)
      .execute();
    return (result.raw as { id: string; id_number_index: Buffer }[]).map((row) => ({
      id: row.id,
      idNumberIndex: row.id_number_index,
    }));
  }

  async save(manager: EntityManager, worker: Worker): Promise<void> {
    await manager.save(worker);
  }

  async namesOf(ids: readonly string[], manager: EntityManager): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.query<{ id: string; name: string }[]>(
      'SELECT id, name FROM worker WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
