import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { maskIdentityNumber, maskName } from '@worker-aid/shared/domain';
import { Worker } from './worker.entity';

/** A worker as a public notice (公示) shows them: name and identity number masked. */
export interface MaskedWorker {
  /** 张*国 */
  name: string;
  /** 341102********123X */
  idNumber: string;
}

/**
 * What the workers feature tells a feature that posts names publicly: each worker's name and
 * identity number masked by the one shared rule. The full number is decrypted here and never
 * leaves the workers feature.
 */
@Injectable()
export class WorkerPostingQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async maskedOf(ids: readonly string[]): Promise<Map<string, MaskedWorker>> {
    if (ids.length === 0) return new Map();
    const workers = await this.dataSource
      .getRepository(Worker)
      .createQueryBuilder('w')
      .select(['w.id', 'w.name', 'w.idNumber'])
      .where('w.id = ANY(:ids)', { ids: [...new Set(ids)] })
      .getMany();
    return new Map(
      workers.map((worker) => [
        worker.id,
        { name: maskName(worker.name), idNumber: maskIdentityNumber(worker.idNumber) },
      ]),
    );
  }
}
