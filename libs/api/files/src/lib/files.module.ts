import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApprovalsModule } from '@worker-aid/api/approvals';
import { AuditModule } from '@worker-aid/api/audit';
import { StandardsModule } from '@worker-aid/api/standards';
import { UsersModule } from '@worker-aid/api/users';
import { WorkersModule } from '@worker-aid/api/workers';
import { FileEvent } from './file-event.entity';
import { FileFollowUpVisit } from './file-follow-up.entity';
import { FileNumberCounter } from './file-number-counter.entity';
import { FileQueries } from './file.queries';
import { FilesReportQueries } from './files-report.queries';
import { FilesReportReader } from './files-report.reader';
import { FilesController, FollowUpsController } from './files.controller';
import { FilesService } from './files.service';
import { HardshipFile } from './hardship-file.entity';

/** Hardship files (`hardship_file`, `file_event`, `file_number_counter`, `file_follow_up`). */
@Module({
  imports: [
    TypeOrmModule.forFeature([HardshipFile, FileEvent, FileNumberCounter, FileFollowUpVisit]),
    ApprovalsModule,
    AuditModule,
    StandardsModule,
    UsersModule,
    WorkersModule,
  ],
  controllers: [FilesController, FollowUpsController],
  providers: [FilesService, FileQueries, FilesReportQueries, FilesReportReader],
  exports: [FilesService, FilesReportReader],
})
export class FilesModule {}
