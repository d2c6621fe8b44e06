import { PassThrough, type Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ImportDetail, ImportLanguage, ImportSummary, Page } from '@worker-aid/shared/domain';
import {
  Access,
  APP_CONFIG,
  type AppConfig,
  apiError,
  fieldKeyring,
  generatedAt,
  type FormPart,
  inspectSheetUpload,
  JobQueue,
  paginate,
  type Principal,
  safeFileName,
  type ScopedRecord,
} from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { UnitsService } from '@worker-aid/api/units';
import { UsersService } from '@worker-aid/api/users';
import { IMPORT_ENCRYPTED } from './import-encryption';
import type { ImportQueryDto } from './import.dto';
import { toImportSummary } from './import.mapper';
import { ImportQueries } from './import.queries';
import { COMMIT_IMPORT, VALIDATE_IMPORT } from './jobs/import-jobs';
import { writeImportReport } from './sheets/import-report';
import { workerImportTemplate } from './sheets/worker-template';
import { readUploadedSheet } from './upload/read-upload';
import { scanSheet } from './upload/scan-sheet';
import { WorkerImport } from './worker-import.entity';

const IMPORT: ScopedRecord<WorkerImport> = { entity: WorkerImport, what: 'import' };

/**
 * Worker imports (API.md "Imports"): the template, the upload (checked quickly, then in the
 * background), the import's state and report, and the commit. An import belongs to its
 * uploader's unit: whoever's scope holds that unit sees and commits it.
 */
@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queries: ImportQueries,
    private readonly access: Access,
    private readonly units: UnitsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
  ) {}

  /** The template, with the unit codes of the caller's scope on its second sheet. */
  async template(principal: Principal, lang: ImportLanguage): Promise<Buffer> {
    const units = await this.units.list(principal);
    return workerImportTemplate(
      lang,
      units.map((unit) => ({ code: unit.code, name: unit.name })),
    );
  }

  /**
   * Reads the sheet, refuses what is not one (400, 413, 415: nothing is stored then), stores it
   * encrypted and queues its check, in one transaction. Answers at once: the check runs on.
   */
  async upload(principal: Principal, form: AsyncIterable<FormPart>): Promise<ImportSummary> {
    const sheet = await readUploadedSheet(form);
    const format = await inspectSheetUpload(sheet.content);
    const total = await scanSheet(sheet.content, format);
    const created = await this.dataSource.transaction(async (manager) => {
      const entity = await this.queries.insert(manager, {
        kind: 'workers',
        status: 'queued',
        unitId: principal.unitId,
        createdBy: principal.id,
        fileName: safeFileName(sheet.fileName, 'workers.xlsx'),
        format,
        content: fieldKeyring().encryptBytes(sheet.content, IMPORT_ENCRYPTED.content),
        total,
      });
      await this.audit.record(manager, {
        actorId: principal.id,
        unitId: principal.unitId,
        action: 'import.upload',
        entityType: 'import',
        entityId: entity.id,
        detail: { kind: 'workers', total, format },
      });
      await this.jobs.send(VALIDATE_IMPORT, { importId: entity.id }, manager);
      return entity;
    });
    return this.summary(await this.queries.reload(created.id));
  }

  /** Newest first, in the caller's scope. */
  async list(principal: Principal, query: ImportQueryDto): Promise<Page<ImportSummary>> {
    const scope = await this.access.list(principal);
    const rows = await this.queries.page(scope, query);
    const names = await this.users.displayNamesOf([...new Set(rows.map((row) => row.createdBy))]);
    return paginate(
      rows,
      query.limit,
      (row) => [row.listSeq],
      (row) => toImportSummary(row, names.get(row.createdBy) ?? ''),
    );
  }

  async get(principal: Principal, id: string): Promise<ImportDetail> {
    const entity = await this.access.require(IMPORT, principal, id);
    const problems = await this.queries.problems(id);
    return {
      ...(await this.summary(entity)),
      problems,
    };
  }

  /**
   * The report (every row with its result), as a stream being written; 404 before anything is
   * written when the import is not in the caller's scope.
   */
  async report(principal: Principal, id: string, lang: ImportLanguage): Promise<Readable> {
    const entity = await this.access.require(IMPORT, principal, id);
    const out = new PassThrough();
    writeImportReport(out, lang, this.reportRows(id), {
      fileName: entity.fileName,
      generatedAt: generatedAt(new Date()),
    }).catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
    return out;
  }

  /**
   * Registers the valid rows, in the background, once however often it is called: the first call
   * moves the import to `importing` and queues the job; later calls answer its state (and start
   * the job again if it stopped reporting). 409 while the sheet is still being checked.
   */
  async commit(principal: Principal, id: string): Promise<ImportSummary> {
    await this.dataSource.transaction(async (manager) => {
      const entity = await this.access.require(IMPORT, principal, id, { manager, lock: true });
      if (entity.status === 'validated') {
        await manager.update(
          WorkerImport,
          { id },
          { status: 'importing', processed: 0, runner: null, heartbeatAt: null },
        );
        await this.audit.record(manager, {
          actorId: principal.id,
          unitId: entity.unitId,
          action: 'import.commit',
          entityType: 'import',
          entityId: id,
          detail: { valid: entity.valid },
        });
        await this.jobs.send(COMMIT_IMPORT, { importId: id }, manager);
      } else if (entity.status === 'importing') {
        const last = entity.heartbeatAt ?? entity.updatedAt;
        if (Date.now() - last.getTime() > this.config.jobs.staleSeconds * 1000) {
          await this.jobs.send(COMMIT_IMPORT, { importId: id }, manager);
        }
      } else if (entity.status !== 'done') {
        throw apiError('import.not_validated', `import: it is ${entity.status}, not validated`);
      }
    });
    return this.summary(await this.queries.reload(id));
  }

  private async summary(entity: WorkerImport): Promise<ImportSummary> {
    const names = await this.users.displayNamesOf([entity.createdBy]);
    return toImportSummary(entity, names.get(entity.createdBy) ?? '');
  }

  private async *reportRows(id: string) {
    for await (const row of this.queries.reportRows(id)) {
      yield {
        row: row.rowNumber,
        cells: row.cells,
        result: row.result,
        problems: row.problems,
      };
    }
  }
}
