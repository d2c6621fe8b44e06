import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@worker-aid/api/audit';
import { StandardsModule } from '@worker-aid/api/standards';
import { UsersModule } from '@worker-aid/api/users';
import { WorkersModule } from '@worker-aid/api/workers';
import { FileEvent } from './file-event.entity';
import { FileFollowUpVisit } from './file-follow-up.entity';
import { FileNumberCounter } from './file-number-counter.entity';
import { FileQueries } from './file.queries';
import { FilesController, FollowUpsController } from './files.controller';
import { FilesService } from './files.service';
import { HardshipFile } from './hardship-file.entity';

/** Hardship files (`hardship_file`, `file_event`, `file_number_counter`, `file_follow_up`). */
@Module({
  imports: [
    TypeOrmModule.forFeature([HardshipFile, FileEvent, FileNumberCounter, FileFollowUpVisit]),
    AuditModule,
    StandardsModule,
    UsersModule,
    WorkersModule,
  ],
  controllers: [FilesController, FollowUpsController],
  providers: [FilesService, FileQueries],
  exports: [FilesService],
})
export class FilesModule {}
