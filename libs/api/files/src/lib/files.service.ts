import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  canTransitionFile,
  dayYearsAfter,
  EDITABLE_FILE_STATUSES,
  FILE_TRANSITIONS,
  followUpDueDates,
  formatFileNumber,
  hardshipTier,
  inNotice,
  mayApprove,
  noticeDaysOf,
  noticeEndsOn,
  perCapitaIncome,
  todayInCenter,
  type DueFollowUp,
  type FileExitReason,
  type FollowUpResult,
  type FileHistoryAction,
  type FileHistoryEntry,
  type FileListItem,
  type FileMember,
  type FileStatus,
  type FileView,
  type HardshipStandard,
  type Page,
} from '@worker-aid/shared/domain';
import { Access, apiError, invalidField, paginate, Principal } from '@worker-aid/api/core';
import { ApprovalPolicyService, ObjectionDto } from '@worker-aid/api/approvals';
import { AuditService } from '@worker-aid/api/audit';
import { StandardsService } from '@worker-aid/api/standards';
import { UsersService } from '@worker-aid/api/users';
import { WorkersService } from '@worker-aid/api/workers';
import { FILE } from './file-record';
import { FileQueries, toFileListItem, type FileListRow } from './file.queries';
import {
  CreateFileDto,
  ExitFileDto,
  FileCommentDto,
  FileQueryDto,
  FollowUpDto,
  FollowUpQueryDto,
  HouseholdDto,
  ReviewFileDto,
  UpdateFileDto,
} from './files.dto';
import { toFileView } from './files.mapper';
import { HardshipFile } from './hardship-file.entity';
import { validHousehold } from './household.validation';

type TransitionInput =
  | { action: 'submit' | 'withdraw' | 'approve' }
  | { action: 'reject' | 'return'; body: FileCommentDto };

const OPEN_WORKER_INDEX = 'hardship_file_open_worker_key';

/** Hardship files (困难职工档案) and their life; the tier always computed here, never typed in. */
@Injectable()
export class FilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: FileQueries,
    private readonly access: Access,
    private readonly workers: WorkersService,
    private readonly standards: StandardsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly policy: ApprovalPolicyService,
  ) {}

  async create(principal: Principal, dto: CreateFileDto): Promise<FileView> {
    const today = todayInCenter();
    const household = checkedHousehold(dto, today);
    const worker = await this.workers.findInScope(principal, dto.workerId);
    await this.assertNoOpenFile(worker.id);
    const standard = await this.standardFor(principal, worker.unitId, today);
    // Numbered outside the file's transaction, like cases: a failed save leaves a gap.
    const { year, sequence } = await this.queries.nextFileNumber();
    const id = await this.writeNew(async (manager) => {
      const inScope = await this.workers.findInScope(principal, dto.workerId, manager);
      const file = manager.create(HardshipFile, {
        fileNo: formatFileNumber(year, sequence),
        workerId: inScope.id,
        unitId: inScope.unitId,
        status: 'draft',
        ...household,
        note: dto.note || null,
        createdBy: principal.id,
      });
      applyTier(file, standard);
      await this.queries.save(manager, file);
      await this.record(manager, principal, file, 'create', null, null);
      return file.id;
    }, worker.id);
    return this.get(principal, id);
  }

  async get(principal: Principal, id: string): Promise<FileView> {
    const file = await this.access.require(FILE, principal, id);
    const [names, followUps] = await Promise.all([
      this.workers.namesOf([file.workerId]),
      this.queries.followUpsOf(file.id),
    ]);
    return toFileView(file, names.get(file.workerId) ?? '', followUps);
  }

  async list(principal: Principal, query: FileQueryDto): Promise<Page<FileListItem>> {
    const scope = await this.access.list(principal, query.unitId);
    const rows = await this.queries.listPage(scope, query, todayInCenter());
    const keyOf = (row: FileListRow) =>
      query.reviewDue === 'true' ? [row.reviewDueOn ?? '', row.listSeq] : [row.listSeq];
    return paginate(rows, query.limit, keyOf, toFileListItem);
  }

  /** Draft and returned files: the household changed, the tier recomputed with today's standard. */
  async update(principal: Principal, id: string, dto: UpdateFileDto): Promise<FileView> {
    const today = todayInCenter();
    await this.dataSource.transaction(async (manager) => {
      const file = await this.access.require(FILE, principal, id, { manager, lock: true });
      if (!EDITABLE_FILE_STATUSES.includes(file.status)) {
        throw apiError('file.not_editable', `status: a ${file.status} file can no longer be edited`);
      }
      const household = {
        members: (dto.members ?? file.members) as unknown[],
        monthlyRigidExpenses: dto.monthlyRigidExpenses ?? file.monthlyRigidExpenses,
        suddenExpenses12m: dto.suddenExpenses12m ?? file.suddenExpenses12m,
        mainCause: dto.mainCause ?? file.mainCause,
        secondaryCauses: dto.secondaryCauses ?? file.secondaryCauses,
      };
      const members: FileMember[] = validHousehold(household, Number(today.slice(0, 4)));
      const standard = await this.standardFor(principal, file.unitId, today, manager);
      const changed = (Object.keys(dto) as (keyof UpdateFileDto)[]).filter((key) => dto[key] !== undefined);
      Object.assign(file, { ...household, members });
      if (dto.note !== undefined) file.note = dto.note || null;
      applyTier(file, standard);
      await this.queries.save(manager, file);
      await this.record(manager, principal, file, 'update', file.status, null, { changed });
    });
    return this.get(principal, id);
  }

  /** Moves a file along its life (FILE_TRANSITIONS); 409 `file.transition` when its status does not allow it. */
  async transition(principal: Principal, id: string, input: TransitionInput): Promise<FileView> {
    await this.dataSource.transaction(async (manager) => {
      const file = await this.access.require(FILE, principal, id, { manager, lock: true });
      const from = file.status;
      if (!canTransitionFile(input.action, from)) {
        throw apiError('file.transition', `status: a ${from} file cannot be sent to ${input.action}`);
      }
      let comment: string | null = null;
      switch (input.action) {
        case 'submit':
          if (file.tier === 'none') {
            throw apiError(
              'file.not_eligible',
              'the household is in no hardship tier: the file cannot be submitted',
            );
          }
          break;
        case 'approve': {
          if (!mayApprove(file, principal.id)) {
            throw apiError('file.four_eyes', 'the user who created a file may not approve it');
          }
          const today = todayInCenter();
          file.activeSince = today;
          file.reviewDueOn = dayYearsAfter(today, 1);
          const policy = await this.policy.current(manager);
          file.noticeEndsOn = noticeEndsOn(today, policy ? noticeDaysOf(policy, 'file') : 0);
          file.noticeStartsOn = file.noticeEndsOn ? today : null;
          break;
        }
        case 'reject':
        case 'return':
          comment = input.body.comment;
          break;
      }
      file.status = FILE_TRANSITIONS[input.action].to;
      await this.queries.save(manager, file);
      await this.record(manager, principal, file, input.action, from, comment);
    });
    return this.get(principal, id);
  }

  /**
   * An objection received during the public notice of an approved file: back to `submitted`,
   * as if never approved, the objection in its history. 409 `file.not_in_notice` otherwise.
   */
  async object(principal: Principal, id: string, dto: ObjectionDto): Promise<FileView> {
    await this.dataSource.transaction(async (manager) => {
      const file = await this.access.require(FILE, principal, id, { manager, lock: true });
      if (file.status !== 'active' || !inNotice(file, todayInCenter())) {
        throw apiError('file.not_in_notice', 'the file is not in public notice: no objection is taken now');
      }
      Object.assign(file, {
        status: 'submitted',
        activeSince: null,
        reviewDueOn: null,
        noticeStartsOn: null,
        noticeEndsOn: null,
      });
      await this.queries.save(manager, file);
      await this.record(manager, principal, file, 'objection', 'active', dto.content, {
        receivedVia: dto.receivedVia,
      });
    });
    return this.get(principal, id);
  }

  /**
   * The annual review (年审) of an active file: the household recorded again and the tier
   * recomputed with today's standard; a household in no tier leaves the files.
   */
  async review(principal: Principal, id: string, dto: ReviewFileDto): Promise<FileView> {
    const today = todayInCenter();
    const household = checkedHousehold(dto, today);
    await this.dataSource.transaction(async (manager) => {
      const file = await this.access.require(FILE, principal, id, { manager, lock: true });
      assertStatus(file, 'active', 'review');
      const standard = await this.standardFor(principal, file.unitId, today, manager);
      const tierBefore = file.tier;
      Object.assign(file, household);
      if (dto.note !== undefined) file.note = dto.note || null;
      applyTier(file, standard);
      file.lastReviewedOn = today;
      if (file.tier === 'none') {
        await this.close(manager, file, today, 'income_above_line', null);
      } else {
        file.reviewDueOn = dayYearsAfter(today, 1);
        await this.queries.save(manager, file);
      }
      await this.record(manager, principal, file, 'review', 'active', null, { tierBefore });
    });
    return this.get(principal, id);
  }

  /** 解困脱困: an active file closes with its reason; follow-up visits fall due at +3, +6 and +12 months. */
  async exit(principal: Principal, id: string, dto: ExitFileDto): Promise<FileView> {
    await this.dataSource.transaction(async (manager) => {
      const file = await this.access.require(FILE, principal, id, { manager, lock: true });
      assertStatus(file, 'active', 'exit');
      await this.close(manager, file, todayInCenter(), dto.reason, dto.note || null);
      await this.record(manager, principal, file, 'exit', 'active', file.exitNote, { reason: dto.reason });
    });
    return this.get(principal, id);
  }

  /**
   * A follow-up visit completes the earliest open one, whatever its due date. A relapse (返困)
   * opens a new draft prefilled from this file, in the same transaction.
   */
  async followUp(principal: Principal, id: string, dto: FollowUpDto): Promise<FollowUpResult> {
    const today = todayInCenter();
    if (dto.visitedOn > today)
      throw invalidField('visitedOn', 'not_future', 'visitedOn: a visit cannot be in the future');
    const write = async (manager: EntityManager): Promise<string | undefined> => {
      const file = await this.access.require(FILE, principal, id, { manager, lock: true });
      const visit =
        file.status === 'closed' ? await this.queries.earliestOpenFollowUp(manager, file.id) : null;
      if (!visit) throw apiError('file.no_follow_up', 'the file has no follow-up visit open');
      if (file.closedOn && dto.visitedOn < file.closedOn) {
        throw invalidField('visitedOn', 'before_exit', 'visitedOn: a follow-up visit comes after the exit');
      }
      Object.assign(visit, {
        doneOn: dto.visitedOn,
        relapsed: dto.relapsed,
        note: dto.note || null,
        visitedBy: principal.id,
      });
      let reopenedFileId: string | undefined;
      if (dto.relapsed) {
        await this.assertNoOpenFile(file.workerId, manager);
        reopenedFileId = await this.reopen(manager, principal, file, today);
        visit.reopenedFileId = reopenedFileId;
        await this.queries.dropOpenFollowUps(manager, file.id);
      }
      await this.queries.saveFollowUp(manager, visit);
      await this.record(manager, principal, file, 'follow_up', 'closed', visit.note, {
        dueOn: visit.dueOn,
        visitedOn: dto.visitedOn,
        relapsed: dto.relapsed,
        reopenedFileId: reopenedFileId ?? null,
      });
      return reopenedFileId;
    };
    const file = await this.access.require(FILE, principal, id);
    const reopenedFileId = await this.writeNew(write, file.workerId);
    const view = await this.get(principal, id);
    return reopenedFileId ? { ...view, reopenedFileId } : view;
  }

  async dueFollowUps(principal: Principal, query: FollowUpQueryDto): Promise<Page<DueFollowUp>> {
    const scope = await this.access.list(principal, query.unitId);
    const rows = await this.queries.dueFollowUpsPage(scope, query, todayInCenter());
    return paginate(
      rows,
      query.limit,
      (row) => [row.dueOn, row.id],
      ({ id: _id, ...item }) => item,
    );
  }

  async history(principal: Principal, id: string): Promise<FileHistoryEntry[]> {
    await this.access.assertVisible(FILE, principal, id);
    const events = await this.queries.events(id);
    const names = await this.users.displayNamesOf([...new Set(events.map((event) => event.actorId))]);
    return events.map((event) => ({
      at: event.at.toISOString(),
      actorId: event.actorId,
      actorName: names.get(event.actorId) ?? null,
      action: event.action as FileHistoryAction,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      comment: event.comment,
      detail: event.detail,
    }));
  }

  private async close(
    manager: EntityManager,
    file: HardshipFile,
    today: string,
    reason: FileExitReason,
    note: string | null,
  ): Promise<void> {
    Object.assign(file, {
      status: 'closed',
      closedOn: today,
      exitReason: reason,
      exitNote: note,
      reviewDueOn: null,
    });
    await this.queries.save(manager, file);
    await this.queries.insertFollowUps(manager, file.id, followUpDueDates(today, reason));
  }

  /** The new draft a relapse opens: the old file's household, the tier under today's standard. */
  private async reopen(
    manager: EntityManager,
    principal: Principal,
    old: HardshipFile,
    today: string,
  ): Promise<string> {
    const standard = await this.standardFor(principal, old.unitId, today, manager);
    const { year, sequence } = await this.queries.nextFileNumber(manager);
    const file = manager.create(HardshipFile, {
      fileNo: formatFileNumber(year, sequence),
      workerId: old.workerId,
      unitId: old.unitId,
      status: 'draft',
      members: old.members,
      monthlyRigidExpenses: old.monthlyRigidExpenses,
      suddenExpenses12m: old.suddenExpenses12m,
      mainCause: old.mainCause,
      secondaryCauses: old.secondaryCauses,
      note: old.note,
      reopenedFromId: old.id,
      createdBy: principal.id,
    });
    applyTier(file, standard);
    await this.queries.save(manager, file);
    await this.record(manager, principal, file, 'reopen', null, null, { reopenedFrom: old.fileNo });
    return file.id;
  }

  /** 409 `file.exists` with the open file's id. */
  private async assertNoOpenFile(workerId: string, manager?: EntityManager): Promise<void> {
    const open = await this.queries.openFileOf(workerId, manager);
    if (open) throw apiError('file.exists', 'the worker already has a file that is not closed', { id: open });
  }

  /** A new file's transaction; the unique index stands behind the check made before it. */
  private async writeNew<T>(work: (manager: EntityManager) => Promise<T>, workerId: string): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      const constraint = (error as { driverError?: { constraint?: string } }).driverError?.constraint;
      if (constraint === OPEN_WORKER_INDEX) await this.assertNoOpenFile(workerId);
      throw error;
    }
  }

  private async standardFor(
    principal: Principal,
    unitId: string,
    day: string,
    manager?: EntityManager,
  ): Promise<HardshipStandard> {
    const path = await this.access.unitPath(principal, unitId, manager);
    const standard = await this.standards.inForce(path, day);
    if (!standard) {
      throw apiError('standard.missing', "no local standard is in force for the worker's unit today");
    }
    return standard;
  }

  /** Every step lands in `file_event` and the audit trail, with its detail, in the caller's transaction. */
  private async record(
    manager: EntityManager,
    principal: Principal,
    file: HardshipFile,
    action: FileHistoryAction,
    fromStatus: FileStatus | null,
    comment: string | null,
    detail: Record<string, unknown> = {},
  ): Promise<void> {
    await this.queries.insertEvent(manager, {
      fileId: file.id,
      actorId: principal.id,
      action,
      fromStatus,
      toStatus: file.status,
      comment,
      detail: Object.keys(detail).length > 0 ? detail : null,
    });
    await this.audit.record(manager, {
      actorId: principal.id,
      unitId: file.unitId,
      action: `file.${action}`,
      entityType: 'hardship_file',
      entityId: file.id,
      detail: { fileNo: file.fileNo, from: fromStatus, to: file.status, tier: file.tier, ...detail },
    });
  }
}

/** The household checked (400s name the member and the rule), in the entity's shape. */
function checkedHousehold(dto: HouseholdDto, today: string) {
  const household = {
    monthlyRigidExpenses: dto.monthlyRigidExpenses,
    suddenExpenses12m: dto.suddenExpenses12m ?? 0,
    mainCause: dto.mainCause,
    secondaryCauses: dto.secondaryCauses ?? [],
  };
  const members = validHousehold({ ...household, members: dto.members }, Number(today.slice(0, 4)));
  return { ...household, members };
}

/** 409 `file.transition` unless the file is in `status`. */
function assertStatus(file: HardshipFile, status: FileStatus, step: string): void {
  if (file.status !== status) {
    throw apiError('file.transition', `status: a ${file.status} file cannot be sent to ${step}`);
  }
}

/** The tier and per-capita income of the file's household under the standard, which the file keeps. */
function applyTier(file: HardshipFile, standard: HardshipStandard): void {
  const household = {
    members: file.members,
    monthlyRigidExpenses: file.monthlyRigidExpenses,
    suddenExpenses12m: file.suddenExpenses12m,
  };
  file.perCapitaIncome = perCapitaIncome(file.members, file.monthlyRigidExpenses);
  file.tier = hardshipTier(household, standard);
  file.povertyLine = standard.povertyLine;
  file.relativeMultipleTenths = standard.relativeMultipleTenths;
  file.suddenSharePercent = standard.suddenSharePercent;
}
