import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  bankLayoutProblems,
  DEFAULT_BANK_LAYOUT,
  type BankLayout,
  type BankLayoutRequest,
} from '@worker-aid/shared/domain';
import { apiError, invalid, isUniqueViolation, notFound, type Principal } from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import type { BankLayoutDto } from './bank-layout.dto';
import { BankLayoutRow } from './entities/bank-layout.entity';

/**
 * The banks' payroll layouts (代发格式), one per bank, for the whole center: an administrator
 * sets them, finance picks one for a bank batch, and without any the default layout is used.
 */
@Injectable()
export class BankLayoutsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<BankLayout[]> {
    const rows = await this.dataSource.getRepository(BankLayoutRow).find({ order: { bankName: 'ASC' } });
    return rows.map(toBankLayoutView);
  }

  create(principal: Principal, dto: BankLayoutDto): Promise<BankLayout> {
    assertUsable(dto);
    return this.write(async (manager) => {
      const row = manager.create(BankLayoutRow, { ...layoutOf(dto), updatedBy: principal.id });
      await manager.save(row);
      await this.audited(manager, principal, 'bank_layout.create', row);
      return toBankLayoutView(row);
    });
  }

  update(principal: Principal, id: string, dto: BankLayoutDto): Promise<BankLayout> {
    assertUsable(dto);
    return this.write(async (manager) => {
      const row = await manager.findOne(BankLayoutRow, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw notFound('bank_layout');
      Object.assign(row, layoutOf(dto), { updatedBy: principal.id });
      await manager.save(row);
      await this.audited(manager, principal, 'bank_layout.update', row);
      return toBankLayoutView(row);
    });
  }

  /** The layout a batch names, or the default one; 404 `bank_layout.not_found` for an unknown id. */
  async layoutOf(
    id: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BankLayoutRequest> {
    if (id === null) return DEFAULT_BANK_LAYOUT;
    const row = await manager.findOneBy(BankLayoutRow, { id });
    if (!row) throw notFound('bank_layout');
    return layoutOf(row);
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error))
        throw apiError('record.duplicate', 'bankName: a layout for this bank exists');
      throw error;
    }
  }

  private audited(
    manager: EntityManager,
    principal: Principal,
    action: string,
    row: BankLayoutRow,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: principal.id,
      unitId: principal.unitId,
      action,
      entityType: 'bank_layout',
      entityId: row.id,
      detail: { bankName: row.bankName, columns: row.columns.map((column) => column.field) },
    });
  }
}

function assertUsable(dto: BankLayoutDto): void {
  const problems = bankLayoutProblems(dto);
  if (problems.length > 0)
    throw invalid(problems.map(({ field, message }) => ({ field, message, code: 'format' as const })));
}

function layoutOf(layout: BankLayoutRequest): BankLayoutRequest {
  return {
    bankName: layout.bankName,
    columns: layout.columns.map(({ field, heading }) => ({ field, heading })),
    resultColumns: {
      lineRef: layout.resultColumns.lineRef,
      status: layout.resultColumns.status,
      reason: layout.resultColumns.reason,
      paidValue: layout.resultColumns.paidValue,
    },
  };
}

function toBankLayoutView(row: BankLayoutRow): BankLayout {
  return { id: row.id, ...layoutOf(row), updatedAt: row.updatedAt.toISOString(), updatedBy: row.updatedBy };
}
