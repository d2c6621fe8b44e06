import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@worker-aid/api/audit';
import { UnitsModule } from '@worker-aid/api/units';
import { UsersModule } from '@worker-aid/api/users';
import { WorkersModule } from '@worker-aid/api/workers';
import { ImportQueries } from './import.queries';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';
import { ImportCommitter } from './jobs/commit-import';
import { ImportJobs } from './jobs/import-jobs';
import { ImportValidator } from './jobs/validate-import';
import { WorkerImportRow } from './worker-import-row.entity';
import { WorkerImport } from './worker-import.entity';

/** Worker imports (`worker_import`, `worker_import_row`); workers are registered through the workers feature. */
@Module({
  imports: [
    TypeOrmModule.forFeature([WorkerImport, WorkerImportRow]),
    AuditModule,
    UnitsModule,
    UsersModule,
    WorkersModule,
  ],
  controllers: [ImportsController],
  providers: [ImportsService, ImportQueries, ImportValidator, ImportCommitter, ImportJobs],
  exports: [ImportsService],
})
export class ImportsModule {}
