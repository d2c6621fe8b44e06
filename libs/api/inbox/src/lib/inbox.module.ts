import { Module } from '@nestjs/common';
import { ApprovalsModule } from '@worker-aid/api/approvals';
import { CaseReadersModule } from '@worker-aid/api/cases';
import { FileReadersModule } from '@worker-aid/api/files';
import { ImportReadersModule } from '@worker-aid/api/imports';
import { InboxController } from './inbox.controller';
import { InboxService } from './inbox.service';

/** The inbox (待办). Owns no table: cases, files and imports answer through their readers. */
@Module({
  imports: [ApprovalsModule, CaseReadersModule, FileReadersModule, ImportReadersModule],
  controllers: [InboxController],
  providers: [InboxService],
})
export class InboxModule {}
