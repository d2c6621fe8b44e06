import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { maskBankAccount, maskIdentityNumber } from '@worker-aid/shared/domain';
import { Worker } from './worker.entity';

/** A worker as a roster (名单) lists them: the name, the numbers masked. */
export interface RosterWorker {
  name: string;
  /** 341102********123X */
  idNumber: string;
  /** Masked, or null: no account recorded. */
  bankAccount: string | null;
}

/**
 * What the workers feature tells a feature that lists workers on a roster (a campaign's lines):
 * the numbers are decrypted here and leave the workers feature masked only.
 */
@Injectable()
export class WorkerRosterQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rosterOf(ids: readonly string[]): Promise<Map<string, RosterWorker>> {
    if (ids.length === 0) return new Map();
    const workers = await this.dataSource
      .getRepository(Worker)
      .createQueryBuilder('w')
      .select(['w.id', 'w.name', 'w.idNumber', 'w.bankAccount'])
      .where('w.id = ANY(:ids)', { ids: [...new Set(ids)] })
      .getMany();
    return new Map(
      workers.map((worker) => [
        worker.id,
        {
          name: worker.name,
          idNumber: maskIdentityNumber(worker.idNumber),
          bankAccount: worker.bankAccount ? maskBankAccount(worker.bankAccount) : null,
        },
      ]),
    );
  }
}
