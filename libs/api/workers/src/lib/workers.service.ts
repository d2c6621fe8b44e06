import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  checkIdentityNumber,
  type Page,
  type RevealedWorkerNumbers,
  type WorkerView,
} from '@worker-aid/shared/domain';
import {
  Access,
  isUniqueViolation,
  paginate,
  Principal,
  type ScopedRecord,
  apiError,
  invalid,
  invalidField,
  notFound,
} from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { UnitsService } from '@worker-aid/api/units';
import { CreateWorkerDto, UpdateWorkerDto, WorkerQueryDto } from './worker.dto';
import { Worker } from './worker.entity';
import { idNumberIndex } from './worker-encryption';
import { toWorkerView } from './worker.mapper';
import { genderMismatch } from './worker-check';
import { WorkerQueries } from './worker.queries';

/** A worker to register in bulk, already checked by `checkWorkerRequest`. */
export interface NewWorker {
  name: string;
  idNumber: string;
  unitId: string;
  migrantWorker: boolean;
  phone: string | null;
  bankAccount: string | null;
  employer: string | null;
  address: string | null;
}

const EDITABLE = ['name', 'phone', 'bankAccount', 'employer', 'migrantWorker', 'address'] as const;
const WORKER: ScopedRecord<Worker> = { entity: Worker, what: 'worker' };

/**
 * Hardship workers. Besides its endpoints it answers other features' questions about workers
 * by name (`findInScope`, `namesOf`); nothing else queries the worker table.
 */
@Injectable()
export class WorkersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: WorkerQueries,
    private readonly access: Access,
    private readonly units: UnitsService,
    private readonly audit: AuditService,
  ) {}

  async register(principal: Principal, dto: CreateWorkerDto): Promise<WorkerView> {
    const identity = checkIdentityNumber(dto.idNumber);
    if (!identity.valid) throw invalidField('idNumber', 'id_number.format', 'is not a valid identity number');
    const mismatch = genderMismatch(dto.gender, identity.normalized);
    if (mismatch) throw invalid([mismatch]);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const unit = await this.units.findInScope(principal, dto.unitId, manager);
        await this.assertNotRegistered(principal, identity.normalized, manager);
        const worker = manager.create(Worker, {
          name: dto.name,
          idNumber: identity.normalized,
          idNumberIndex: idNumberIndex(identity.normalized),
          unitId: unit.id,
          gender: identity.gender,
          birthDate: identity.birthDate,
          migrantWorker: dto.migrantWorker ?? false,
          phone: dto.phone ?? null,
          bankAccount: dto.bankAccount ?? null,
          employer: dto.employer ?? null,
          address: dto.address ?? null,
          createdBy: principal.id,
        });
        await this.queries.save(manager, worker);
        await this.audit.record(manager, {
          actorId: principal.id,
          unitId: unit.id,
          action: 'worker.create',
          entityType: 'worker',
          entityId: worker.id,
          detail: { name: worker.name, migrantWorker: worker.migrantWorker },
        });
        return toWorkerView(worker);
      });
    } catch (error) {
      // Two registrations of one number at the same moment: the database's unique key decides.
      if (isUniqueViolation(error))
        await this.assertNotRegistered(principal, identity.normalized, this.dataSource.manager);
      throw error;
    }
  }

  /** Newest first; `unitId` narrows the list to that unit and everything below it. */
  async list(principal: Principal, query: WorkerQueryDto): Promise<Page<WorkerView>> {
    const scope = await this.access.list(principal, query.unitId);
    const rows = await this.queries.page(scope, query);
    const today = new Date();
    return paginate(
      rows,
      query.limit,
      (w) => [w.listSeq],
      (w) => toWorkerView(w, today),
    );
  }

  async get(principal: Principal, id: string): Promise<WorkerView> {
    return toWorkerView(await this.findInScope(principal, id));
  }

  /** Finds a worker by identity number (sent in a body, never in a URL); 404 outside the caller's scope. */
  async lookup(principal: Principal, idNumber: string): Promise<WorkerView> {
    const scope = await this.access.list(principal);
    const worker = await this.queries.byIdNumberIndex(
      scope,
      idNumberIndex(idNumber),
      this.dataSource.manager,
    );
    if (!worker) throw notFound('worker');
    return toWorkerView(worker);
  }

  async update(principal: Principal, id: string, dto: UpdateWorkerDto): Promise<WorkerView> {
    return this.dataSource.transaction(async (manager) => {
      const worker = await this.findInScope(principal, id, manager, { lock: true });
      if (dto.gender && dto.gender !== worker.gender) {
        throw invalidField('gender', 'id_number.gender_mismatch', 'does not match the identity number');
      }
      const changed = EDITABLE.filter((field) => dto[field] !== undefined && dto[field] !== worker[field]);
      if (changed.length === 0) return toWorkerView(worker);
      Object.assign(worker, Object.fromEntries(changed.map((field) => [field, dto[field]])));
      await this.queries.save(manager, worker);
      await this.audit.record(manager, {
        actorId: principal.id,
        unitId: worker.unitId,
        action: 'worker.update',
        entityType: 'worker',
        entityId: worker.id,
        detail: { changed },
      });
      return toWorkerView(worker);
    });
  }

  /** The full identity number and bank account, for roles that may see them; every reveal is audited. */
  async reveal(principal: Principal, id: string): Promise<RevealedWorkerNumbers> {
    return this.dataSource.transaction(async (manager) => {
      const worker = await this.findInScope(principal, id, manager);
      await this.audit.record(manager, {
        actorId: principal.id,
        unitId: worker.unitId,
        action: 'worker.reveal_id_number',
        entityType: 'worker',
        entityId: worker.id,
      });
      return { idNumber: worker.idNumber, bankAccount: worker.bankAccount };
    });
  }

  /** The worker, if in the caller's subtree; otherwise 404. Other features use this too. */
  findInScope(
    principal: Principal,
    id: string,
    manager?: EntityManager,
    options: { lock?: boolean } = {},
  ): Promise<Worker> {
    return this.access.require(WORKER, principal, id, { manager, lock: options.lock });
  }

  /** Workers' names by id, for other features' answers (a case, a payment). */
  namesOf(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string>> {
    return this.queries.namesOf(ids, manager);
  }

  /** Which of these blind indexes (hex) a worker already holds, in any unit: for an import's check. */
  registeredAmong(
    indexes: readonly Buffer[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Set<string>> {
    return this.queries.heldIndexes(indexes, manager);
  }

  /**
   * Registers checked workers in one statement, in the caller's transaction, each audited as
   * `worker.create` with `detail`. A number someone registered meanwhile is skipped, never
   * registered twice (the unique blind index decides): the answer maps the blind index (hex) of
   * each number registered now to its worker's id.
   */
  async registerMany(
    manager: EntityManager,
    actorId: string,
    workers: readonly NewWorker[],
    detail: Record<string, unknown>,
  ): Promise<Map<string, string>> {
    const rows = workers.map((worker) => {
      const identity = checkIdentityNumber(worker.idNumber);
      if (!identity.valid) throw new Error('registerMany takes checked workers only');
      return {
        ...worker,
        idNumber: identity.normalized,
        idNumberIndex: idNumberIndex(identity.normalized),
        gender: identity.gender,
        birthDate: identity.birthDate,
        createdBy: actorId,
      };
    });
    const registered = await this.queries.insertNew(manager, rows);
    const byIndex = new Map(registered.map((row) => [row.idNumberIndex.toString('hex'), row.id]));
    await this.audit.recordMany(
      manager,
      rows
        .filter((row) => byIndex.has(row.idNumberIndex.toString('hex')))
        .map((row) => ({
          actorId,
          unitId: row.unitId,
          action: 'worker.create',
          entityType: 'worker',
          entityId: byIndex.get(row.idNumberIndex.toString('hex')),
          detail: { ...detail, name: row.name, migrantWorker: row.migrantWorker },
        })),
    );
    return byIndex;
  }

  /** 409 when the number is registered; the body names the existing worker only if the caller may see them. */
  private async assertNotRegistered(
    principal: Principal,
    idNumber: string,
    manager: EntityManager,
  ): Promise<void> {
    const existing = await this.queries.holderOf(idNumberIndex(idNumber), manager);
    if (!existing) return;
    throw apiError(
      'worker.duplicate',
      'idNumber: a worker with this identity number is already registered',
      (await this.access.isVisible(WORKER, principal, existing, manager)) ? { workerId: existing } : {},
    );
  }
}
