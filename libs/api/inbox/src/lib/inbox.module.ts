import { Module } from '@nestjs/common';
import { ApprovalsModule } from '@worker-aid/api/approvals';
import { CampaignReadersModule } from '@worker-aid/api/campaigns';
import { CaseReadersModule } from '@worker-aid/api/cases';
import { FileReadersModule } from '@worker-aid/api/files';
import { ImportReadersModule } from '@worker-aid/api/imports';
import { InboxController } from './inbox.controller';
import { InboxService } from './inbox.service';

/** The inbox (待办). Owns no table: cases, files, campaigns and imports answer through their readers. */
@Module({
  imports: [
    ApprovalsModule,
    CaseReadersModule,
    FileReadersModule,
    CampaignReadersModule,
    ImportReadersModule,
  ],
  controllers: [InboxController],
  providers: [InboxService],
})
export class InboxModule {}
