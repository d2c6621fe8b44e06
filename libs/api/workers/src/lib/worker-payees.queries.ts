import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { maskBankAccount, maskIdentityNumber } from '@worker-aid/shared/domain';
import { Worker } from './worker.entity';

/** A worker as a bank's payroll file (代发) names them: the full account, decrypted. */
export interface Payee {
  name: string;
  idNumber: string;
  account: string | null;
}

/** A worker as a list of payees shows them: the name, the identity number and the account masked. */
export interface MaskedPayee {
  name: string;
  /** 341102********123X */
  idNumber: string;
  /** 6222 **** **** 0123, or null: none recorded. */
  bankAccount: string | null;
}

/**
 * What the workers feature tells the campaigns feature about the workers it pays: who has a
 * bank account (without decrypting it), the masked numbers for lists, and the full accounts for
 * a bank's payroll file, which the caller audits.
 */
@Injectable()
export class WorkerPayees {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Those of these workers who have a bank account. */
  async withAccount(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await manager.query<{ id: string }[]>(
      'SELECT id FROM worker WHERE id = ANY($1::uuid[]) AND bank_account_encrypted IS NOT NULL',
      [[...new Set(ids)]],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** Each worker's name, identity number and full bank account. */
  async payeesOf(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, Payee>> {
    if (ids.length === 0) return new Map();
    const workers = await manager
      .getRepository(Worker)
      .createQueryBuilder('w')
      .select(['w.id', 'w.name', 'w.idNumber', 'w.bankAccount'])
      .where('w.id = ANY(:ids)', { ids: [...new Set(ids)] })
      .getMany();
    return new Map(
      workers.map((w) => [w.id, { name: w.name, idNumber: w.idNumber, account: w.bankAccount }]),
    );
  }

  /** Each worker's name with the identity number and bank account masked. */
  async maskedOf(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, MaskedPayee>> {
    const payees = await this.payeesOf(ids, manager);
    return new Map(
      [...payees].map(([id, payee]) => [
        id,
        {
          name: payee.name,
          idNumber: maskIdentityNumber(payee.idNumber),
          bankAccount: payee.account === null ? null : maskBankAccount(payee.account),
        },
      ]),
    );
  }
}
