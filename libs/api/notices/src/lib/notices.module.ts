import { Module } from '@nestjs/common';
import { ApprovalsModule } from '@worker-aid/api/approvals';
import { AuditModule } from '@worker-aid/api/audit';
import { CampaignReadersModule } from '@worker-aid/api/campaigns';
import { CaseReadersModule } from '@worker-aid/api/cases';
import { FileReadersModule } from '@worker-aid/api/files';
import { WorkerReadersModule } from '@worker-aid/api/workers';
import { NoticesController } from './notices.controller';
import { NoticesService } from './notices.service';

/** Public notice (公示). Owns no table: cases, files, campaigns and workers answer through their readers. */
@Module({
  imports: [
    ApprovalsModule,
    AuditModule,
    CampaignReadersModule,
    CaseReadersModule,
    FileReadersModule,
    WorkerReadersModule,
  ],
  controllers: [NoticesController],
  providers: [NoticesService],
})
export class NoticesModule {}
