import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  canTransition,
  CASE_TRANSITIONS,
  CENTER_TIME_ZONE,
  EDITABLE_CASE_STATUSES,
  formatCaseNumber,
  OPEN_CASE_STATUSES,
  type CaseAction,
  type CaseHistoryEntry,
  type CaseListItem,
  type CaseStatus,
  type CaseType,
  type CaseView,
  type CaseWarning,
  type Page,
} from '@worker-aid/shared/domain';
import {
  findInScopeOr404,
  encodeCursor,
  Principal,
  apiError,
  invalidField,
  invalid,
} from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { UnitsService } from '@worker-aid/api/units';
import { WorkersService } from '@worker-aid/api/workers';
import { AidCase } from './aid-case.entity';
import { CaseEvent } from './case-event.entity';
import { validDetails } from './case-details.validation';
import {
  ApproveCaseDto,
  CaseQueryDto,
  CloseCaseDto,
  CommentDto,
  CreateCaseDto,
  UpdateCaseDto,
} from './case.dto';
import { toCaseView } from './case.mapper';
import { caseListStatement, type CaseListRow, toCaseListItem } from './case-list.query';

type TransitionInput =
  | { action: 'submit' | 'withdraw' }
  | { action: 'approve'; body: ApproveCaseDto }
  | { action: 'reject' | 'return'; body: CommentDto }
  | { action: 'close'; body: CloseCaseDto };

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workers: WorkersService,
    private readonly units: UnitsService,
    private readonly audit: AuditService,
  ) {}

  async create(principal: Principal, dto: CreateCaseDto): Promise<CaseView> {
    const details = validDetails(dto.type, dto.details);
    await this.workers.findInScope(principal, dto.workerId, this.dataSource.manager);
    // Numbered outside the case's transaction: no lock is held while the case is written, and a
    // case that fails to save leaves a gap in the numbers, which is tolerated.
    const caseNo = await this.nextCaseNumber(dto.type);
    const id = await this.dataSource.transaction(async (manager) => {
      const worker = await this.workers.findInScope(principal, dto.workerId, manager);
      const aidCase = manager.create(AidCase, {
        caseNo,
        type: dto.type,
        status: 'draft',
        workerId: worker.id,
        unitId: worker.unitId,
        requestedAmount: dto.requestedAmount,
        approvedAmount: null,
        disbursedAmount: 0,
        summary: dto.summary,
        details,
        outcome: null,
        recoveredAmount: null,
        createdBy: principal.id,
      });
      await manager.save(aidCase);
      await this.recordEvent(manager, principal, aidCase, 'create', null, null);
      return aidCase.id;
    });
    return this.get(principal, id);
  }

  async get(principal: Principal, id: string): Promise<CaseView> {
    const aidCase = await this.findInScope(principal, id, this.dataSource.manager);
    const [workerName, warnings] = await Promise.all([
      this.workerName(aidCase.workerId),
      this.warningsFor(aidCase.workerId, aidCase.type, aidCase.id),
    ]);
    return toCaseView(aidCase, workerName, warnings);
  }

  /** Newest first; only the columns the list shows. */
  async list(principal: Principal, query: CaseQueryDto): Promise<Page<CaseListItem>> {
    const filterUnit = query.unitId ? await this.units.findInScope(principal, query.unitId) : null;
    const { sql, parameters } = caseListStatement(
      principal,
      query,
      filterUnit && { unitPath: filterUnit.path },
    );
    const rows: CaseListRow[] = await this.dataSource.query(sql, parameters);
    const page = rows.slice(0, query.limit);
    const nextCursor = rows.length > query.limit ? encodeCursor([page[page.length - 1].listSeq]) : null;
    return { items: page.map(toCaseListItem), nextCursor };
  }

  async update(principal: Principal, id: string, dto: UpdateCaseDto): Promise<CaseView> {
    await this.dataSource.transaction(async (manager) => {
      const aidCase = await this.findInScope(principal, id, manager, { lock: true });
      if (!EDITABLE_CASE_STATUSES.includes(aidCase.status)) {
        throw apiError('case.not_editable', `status: a ${aidCase.status} case can no longer be edited`);
      }
      const changed: string[] = [];
      if (dto.details !== undefined) {
        aidCase.details = validDetails(aidCase.type, dto.details);
        changed.push('details');
      }
      if (dto.requestedAmount !== undefined && dto.requestedAmount !== aidCase.requestedAmount) {
        aidCase.requestedAmount = dto.requestedAmount;
        changed.push('requestedAmount');
      }
      if (dto.summary !== undefined && dto.summary !== aidCase.summary) {
        aidCase.summary = dto.summary;
        changed.push('summary');
      }
      if (changed.length === 0) return;
      await manager.save(aidCase);
      await this.recordEvent(manager, principal, aidCase, 'update', aidCase.status, null, { changed });
    });
    return this.get(principal, id);
  }

  /** Moves a case along its life (CASE_TRANSITIONS); 409 when its status does not allow the step. */
  async transition(principal: Principal, id: string, input: TransitionInput): Promise<CaseView> {
    await this.dataSource.transaction(async (manager) => {
      const aidCase = await this.findInScope(principal, id, manager, { lock: true });
      const from = aidCase.status;
      if (!canTransition(input.action, from)) {
        throw apiError('case.transition', `status: a ${from} case cannot be sent to ${input.action}`);
      }
      let comment: string | null = null;
      switch (input.action) {
        case 'approve':
          if (aidCase.createdBy === principal.id) {
            throw apiError('case.four_eyes', 'the user who created a case may not approve it');
          }
          if (input.body.approvedAmount > aidCase.requestedAmount) {
            throw invalidField('approvedAmount', 'above_requested', 'may not exceed the requested amount');
          }
          aidCase.approvedAmount = input.body.approvedAmount;
          comment = input.body.comment || null;
          break;
        case 'reject':
        case 'return':
          comment = input.body.comment;
          break;
        case 'close':
          this.applyClosing(aidCase, input.body);
          break;
      }
      aidCase.status = CASE_TRANSITIONS[input.action].to;
      await manager.save(aidCase);
      await this.recordEvent(manager, principal, aidCase, input.action, from, comment);
    });
    return this.get(principal, id);
  }

  /** The case, locked for the rest of the caller's transaction (payments change its totals). */
  lockInScope(principal: Principal, id: string, manager: EntityManager): Promise<AidCase> {
    return this.findInScope(principal, id, manager, { lock: true });
  }

  /**
   * Adds a payment (or a reversal's negative amount) to a case locked by the caller: the case
   * is `disbursed` while the paid total equals the approved amount, `approved` below it.
   */
  async applyPayment(
    manager: EntityManager,
    principal: Principal,
    aidCase: AidCase,
    delta: number,
  ): Promise<void> {
    const from = aidCase.status;
    aidCase.disbursedAmount += delta;
    aidCase.status = aidCase.disbursedAmount >= (aidCase.approvedAmount ?? 0) ? 'disbursed' : 'approved';
    await manager.update(
      AidCase,
      { id: aidCase.id },
      { disbursedAmount: aidCase.disbursedAmount, status: aidCase.status },
    );
    await this.recordEvent(manager, principal, aidCase, delta > 0 ? 'pay' : 'reverse', from, null, {
      amount: delta,
    });
  }

  async history(principal: Principal, id: string): Promise<CaseHistoryEntry[]> {
    await this.findInScope(principal, id, this.dataSource.manager);
    const rows = await this.dataSource
      .getRepository(CaseEvent)
      .createQueryBuilder('e')
      .leftJoin('app_user', 'u', 'u.id = e.actor_id')
      .select([
        'e.at AS at',
        'e.actor_id AS "actorId"',
        'u.display_name AS "actorName"',
        'e.action AS action',
        'e.from_status AS "fromStatus"',
        'e.to_status AS "toStatus"',
        'e.comment AS comment',
      ])
      .where('e.case_id = :id', { id })
      .orderBy('e.id', 'ASC')
      .getRawMany<CaseHistoryEntry & { at: Date }>();
    return rows.map((row) => ({ ...row, at: new Date(row.at).toISOString() }));
  }

  /** Open cases of the same type for the worker this year: shown as a warning, never a block. */
  async warnings(principal: Principal, workerId: string, type: CaseType): Promise<CaseWarning[]> {
    await this.workers.findInScope(principal, workerId, this.dataSource.manager);
    return this.warningsFor(workerId, type, null);
  }

  private async warningsFor(
    workerId: string,
    type: CaseType,
    excludeCaseId: string | null,
  ): Promise<CaseWarning[]> {
    const qb = this.dataSource
      .getRepository(AidCase)
      .createQueryBuilder('c')
      .select(['c.id AS id', 'c.case_no AS "caseNo"', 'c.status AS status'])
      .where('c.worker_id = :workerId AND c.type = :type', { workerId, type })
      .andWhere('c.status IN (:...open)', { open: OPEN_CASE_STATUSES })
      .andWhere(
        'EXTRACT(YEAR FROM c.created_at AT TIME ZONE :tz) = EXTRACT(YEAR FROM now() AT TIME ZONE :tz)',
        { tz: CENTER_TIME_ZONE },
      )
      .orderBy('c.list_seq', 'ASC');
    if (excludeCaseId) qb.andWhere('c.id <> :excludeCaseId', { excludeCaseId });
    const rows = await qb.getRawMany<{ id: string; caseNo: string; status: CaseStatus }>();
    return rows.map((row) => ({
      code: 'same_type_same_year',
      message: `the worker already has ${row.caseNo} (${type}, ${row.status}) this year`,
      caseId: row.id,
      caseNo: row.caseNo,
    }));
  }

  private applyClosing(aidCase: AidCase, body: CloseCaseDto): void {
    if (aidCase.type === 'legal') {
      const missing = (['outcome', 'recoveredAmount'] as const)
        .filter((field) => body[field] === undefined)
        .map((field) => ({
          field,
          code: 'required' as const,
          message: 'is required to close a legal-aid case',
        }));
      if (missing.length > 0) throw invalid(missing);
      aidCase.outcome = body.outcome ?? null;
      aidCase.recoveredAmount = body.recoveredAmount ?? null;
    } else if (body.outcome !== undefined || body.recoveredAmount !== undefined) {
      throw invalidField(
        'outcome',
        'legal_only',
        'only legal-aid cases record an outcome and a recovered amount',
      );
    }
  }

  private async findInScope(
    principal: Principal,
    id: string,
    manager: EntityManager,
    options: { lock?: boolean } = {},
  ): Promise<AidCase> {
    return findInScopeOr404(manager, AidCase, principal, id, 'case', options);
  }

  private async workerName(workerId: string): Promise<string> {
    const row = await this.dataSource.query<{ name: string }[]>('SELECT name FROM worker WHERE id = $1', [
      workerId,
    ]);
    return row[0]?.name ?? '';
  }

  /** The next number of the type in the center's current year (gap-tolerant, never repeated). */
  private async nextCaseNumber(type: CaseType): Promise<string> {
    const [row] = await this.dataSource.query<{ year: number; last_value: number }[]>(
      `INSERT INTO case_number_counter (type, year, last_value)
       VALUES ($1, EXTRACT(YEAR FROM now() AT TIME ZONE $2)::int, 1)
       ON CONFLICT (type, year) DO UPDATE SET last_value = case_number_counter.last_value + 1
       RETURNING year, last_value`,
      [type, CENTER_TIME_ZONE],
    );
    return formatCaseNumber(type, row.year, row.last_value);
  }

  private async recordEvent(
    manager: EntityManager,
    principal: Principal,
    aidCase: AidCase,
    action: CaseAction | 'create' | 'update' | 'pay' | 'reverse',
    fromStatus: CaseStatus | null,
    comment: string | null,
    detail: Record<string, unknown> = {},
  ): Promise<void> {
    await manager.insert(CaseEvent, {
      caseId: aidCase.id,
      actorId: principal.id,
      action,
      fromStatus,
      toStatus: aidCase.status,
      comment,
    });
    await this.audit.record(manager, {
      actorId: principal.id,
      unitId: aidCase.unitId,
      action: `case.${action}`,
      entityType: 'case',
      entityId: aidCase.id,
      detail: { caseNo: aidCase.caseNo, from: fromStatus, to: aidCase.status, ...detail },
    });
  }
}
