import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  canTransition,
  CASE_TRANSITIONS,
  EDITABLE_CASE_STATUSES,
  formatCaseNumber,
  inNotice,
  todayInCenter,
  type CaseHistoryEntry,
  type CaseListItem,
  type CaseType,
  type CaseView,
  type CaseWarning,
  type Page,
} from '@worker-aid/shared/domain';
import {
  Access,
  type ListScope,
  paginate,
  Principal,
  apiError,
  invalidField,
  invalid,
  unitLevelOf,
} from '@worker-aid/api/core';
import { ApprovalPolicyService, ObjectionDto } from '@worker-aid/api/approvals';
import { WorkersService } from '@worker-aid/api/workers';
import { AidCase } from './aid-case.entity';
import { endRound, reopenForReview, startRound, takeStep } from './case-approval';
import { validDetails } from './case-details.validation';
import { CaseHistory } from './case-history';
import { CaseLevels } from './case-levels';
import { toCaseListItem } from './case-list.query';
import { CASE } from './case-record';
import {
  ApproveCaseDto,
  CaseQueryDto,
  CloseCaseDto,
  CommentDto,
  CreateCaseDto,
  UpdateCaseDto,
} from './case.dto';
import { toCaseView } from './case.mapper';
import { CaseQueries, type CaseLabel, type LegalAidFigures } from './case.queries';

type TransitionInput =
  | { action: 'submit' | 'withdraw' }
  | { action: 'approve'; body: ApproveCaseDto }
  | { action: 'reject' | 'return'; body: CommentDto }
  | { action: 'close'; body: CloseCaseDto };

/**
 * Aid cases and their life. Besides its endpoints it answers other features' questions about
 * cases by name (`assertVisible`, `labelsOf`, `legalAid`); the ledger's side is `CasePayments`.
 */
@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: CaseQueries,
    private readonly caseHistory: CaseHistory,
    private readonly access: Access,
    private readonly workers: WorkersService,
    private readonly policy: ApprovalPolicyService,
    private readonly levels: CaseLevels,
  ) {}

  async create(principal: Principal, dto: CreateCaseDto): Promise<CaseView> {
    const details = validDetails(dto.type, dto.details);
    await this.workers.findInScope(principal, dto.workerId);
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
      await this.queries.save(manager, aidCase);
      await this.caseHistory.record(manager, principal, aidCase, 'create', null, null);
      return aidCase.id;
    });
    return this.get(principal, id);
  }

  async get(principal: Principal, id: string): Promise<CaseView> {
    const aidCase = await this.findInScope(principal, id);
    const [workerNames, warnings, approvalView] = await Promise.all([
      this.workers.namesOf([aidCase.workerId]),
      this.warningsFor(aidCase.workerId, aidCase.type, aidCase.id),
      this.levels.approvalView(principal, aidCase),
    ]);
    return toCaseView(aidCase, {
      workerName: workerNames.get(aidCase.workerId) ?? '',
      warnings,
      ...approvalView,
    });
  }

  /**
   * Newest first; only the columns the list shows. `unitId` narrows it to that unit's subtree;
   * `review=true` is the caller's review queue, `payable=true` what may be paid today.
   */
  async list(principal: Principal, query: CaseQueryDto): Promise<Page<CaseListItem>> {
    const scope = await this.access.list(principal, query.unitId);
    const policyConfigured = query.review === 'true' && (await this.policy.current()) !== null;
    const rows = await this.queries.listPage(scope, query, {
      reviewer: { id: principal.id, level: unitLevelOf(principal) },
      policyConfigured,
      today: todayInCenter(),
    });
    return paginate(rows, query.limit, (row) => [row.listSeq], toCaseListItem);
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
      await this.queries.save(manager, aidCase);
      await this.caseHistory.record(manager, principal, aidCase, 'update', aidCase.status, null, { changed });
    });
    return this.get(principal, id);
  }

  /**
   * Moves a case along its life (CASE_TRANSITIONS); 409 when its status does not allow the step.
   * An approval is a step by level: only a final step approves the case (`case-approval.ts`).
   */
  async transition(principal: Principal, id: string, input: TransitionInput): Promise<CaseView> {
    await this.dataSource.transaction(async (manager) => {
      const aidCase = await this.findInScope(principal, id, manager, { lock: true });
      const from = aidCase.status;
      if (!canTransition(input.action, from)) {
        throw apiError('case.transition', `status: a ${from} case cannot be sent to ${input.action}`);
      }
      // An approval step moves the case only when it is final: `takeStep` decides.
      if (input.action !== 'approve') aidCase.status = CASE_TRANSITIONS[input.action].to;
      let comment: string | null = null;
      let detail: Record<string, unknown> = {};
      switch (input.action) {
        case 'submit':
          startRound(aidCase, await this.levels.unitLevel(principal, aidCase.unitId, manager));
          break;
        case 'approve': {
          comment = input.body.comment || null;
          const actor = { id: principal.id, unitId: principal.unitId, level: unitLevelOf(principal) };
          const policy = await this.policy.current(manager);
          const step = { amount: input.body.approvedAmount, comment };
          detail = takeStep(aidCase, actor, step, policy, todayInCenter());
          break;
        }
        case 'reject':
        case 'return':
          comment = input.body.comment;
          endRound(aidCase);
          break;
        case 'withdraw':
          endRound(aidCase);
          break;
        case 'close':
          this.applyClosing(aidCase, input.body);
          break;
      }
      await this.queries.save(manager, aidCase);
      await this.caseHistory.record(manager, principal, aidCase, input.action, from, comment, detail);
    });
    return this.get(principal, id);
  }

  /**
   * An objection received during the public notice: the case goes back to review with its round
   * and notice undone, the objection in its history. 409 `case.not_in_notice` at any other time.
   */
  async object(principal: Principal, id: string, dto: ObjectionDto): Promise<CaseView> {
    await this.dataSource.transaction(async (manager) => {
      const aidCase = await this.findInScope(principal, id, manager, { lock: true });
      const from = aidCase.status;
      if (from !== 'approved' || !inNotice(aidCase, todayInCenter())) {
        throw apiError('case.not_in_notice', 'the case is not in public notice: no objection is taken now');
      }
      reopenForReview(aidCase, await this.levels.unitLevel(principal, aidCase.unitId, manager));
      await this.queries.save(manager, aidCase);
      await this.caseHistory.record(manager, principal, aidCase, 'objection', from, dto.content, {
        receivedVia: dto.receivedVia,
      });
    });
    return this.get(principal, id);
  }

  async history(principal: Principal, id: string): Promise<CaseHistoryEntry[]> {
    await this.assertVisible(principal, id);
    return this.caseHistory.of(id);
  }

  /** Open cases of the same type for the worker this year: shown as a warning, never a block. */
  async warnings(principal: Principal, workerId: string, type: CaseType): Promise<CaseWarning[]> {
    await this.workers.findInScope(principal, workerId);
    return this.warningsFor(workerId, type, null);
  }

  /** 404 unless the case lies in the caller's subtree: for features that list what belongs to a case. */
  assertVisible(principal: Principal, id: string): Promise<void> {
    return this.access.assertVisible(CASE, principal, id);
  }

  /** Case numbers and statuses by case id, for other features' answers (a payment). */
  labelsOf(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, CaseLabel>> {
    return this.queries.labelsOf(ids, manager);
  }

  /** Legal aid taken on in `scope` between two days (inclusive; either may be open), per dispute kind. */
  legalAid(scope: ListScope, from: string | null, to: string | null): Promise<LegalAidFigures[]> {
    return this.queries.legalAid(scope, from, to);
  }

  private async warningsFor(
    workerId: string,
    type: CaseType,
    excludeCaseId: string | null,
  ): Promise<CaseWarning[]> {
    const rows = await this.queries.openThisYear(workerId, type, excludeCaseId);
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

  private findInScope(
    principal: Principal,
    id: string,
    manager?: EntityManager,
    options: { lock?: boolean } = {},
  ): Promise<AidCase> {
    return this.access.require(CASE, principal, id, { manager, lock: options.lock });
  }

  private async nextCaseNumber(type: CaseType): Promise<string> {
    const { year, sequence } = await this.queries.nextCaseNumber(type);
    return formatCaseNumber(type, year, sequence);
  }
}
