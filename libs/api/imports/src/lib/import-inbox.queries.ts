import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ListScope } from '@worker-aid/api/core';
import { WorkerImport } from './worker-import.entity';

/** An import checked and waiting to be committed. */
export interface PendingImport {
  id: string;
  /** The uploaded sheet's name (stored encrypted). */
  fileName: string;
  /** When its check finished. */
  validatedAt: Date;
}

/**
 * What the imports feature tells the inbox: the imports of a scope checked (`validated`) and
 * not yet committed — how many, and the longest waiting first.
 */
@Injectable()
export class ImportInboxQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async pending(scope: ListScope, limit: number): Promise<{ count: number; first: PendingImport[] }> {
    const qb = this.dataSource
      .getRepository(WorkerImport)
      .createQueryBuilder('i')
      .select(['i.id', 'i.fileName', 'i.validatedAt', 'i.createdAt'])
      .where(`i.status = 'validated'`)
      .orderBy('i.validatedAt', 'ASC')
      .addOrderBy('i.listSeq', 'ASC')
      .limit(limit);
    scope.applyTo(qb, 'i.unit_id');
    const [rows, count] = await qb.getManyAndCount();
    return {
      count,
      first: rows.map((row) => ({
        id: row.id,
        fileName: row.fileName,
        validatedAt: row.validatedAt ?? row.createdAt,
      })),
    };
  }
}
