import { Module } from '@nestjs/common';
import { ApprovalsModule } from '@worker-aid/api/approvals';
import { AuditModule } from '@worker-aid/api/audit';
import { CaseReadersModule } from '@worker-aid/api/cases';
import { FileReadersModule } from '@worker-aid/api/files';
import { WorkerReadersModule } from '@worker-aid/api/workers';
import { NoticesController } from './notices.controller';
import { NoticesService } from './notices.service';

/** Public notice (公示). Owns no table: cases, files and workers answer through their readers. */
@Module({
  imports: [ApprovalsModule, AuditModule, CaseReadersModule, FileReadersModule, WorkerReadersModule],
  controllers: [NoticesController],
  providers: [NoticesService],
})
export class NoticesModule {}
