import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApprovalsModule } from '@worker-aid/api/approvals';
import { AuditModule } from '@worker-aid/api/audit';
import { FileReadersModule } from '@worker-aid/api/files';
import { FundsModule } from '@worker-aid/api/funds';
import { UnitsModule } from '@worker-aid/api/units';
import { WorkerReadersModule } from '@worker-aid/api/workers';
import { BankFilesService } from './bank-files.service';
import { BankLayoutsController } from './bank-layouts.controller';
import { BankLayoutsService } from './bank-layouts.service';
import { BatchLedgerHooks } from './batch-ledger-hooks';
import { BatchPaymentsService } from './batch-payments.service';
import { BatchQueries } from './batch.queries';
import { BatchesController } from './batches.controller';
import { BatchesService } from './batches.service';
import { CampaignLineQueries } from './campaign-lines.queries';
import { CampaignLinesService } from './campaign-lines.service';
import { CampaignQueries } from './campaign.queries';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';
import { CampaignReadersModule } from './campaign-readers.module';
import { BankLayoutRow } from './entities/bank-layout.entity';
import { CampaignBatchLine } from './entities/campaign-batch-line.entity';
import { CampaignBatch } from './entities/campaign-batch.entity';
import { CampaignLine } from './entities/campaign-line.entity';
import { Campaign } from './entities/campaign.entity';
import { RosterBuilder } from './roster';
import { RosterQueries } from './roster.queries';

/**
 * Campaigns paid in batches (专项帮扶活动). Owns `campaign`, `campaign_line`, `campaign_batch`,
 * `campaign_batch_line` and `bank_layout`; pays through the funds feature's ledger.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Campaign, CampaignLine, CampaignBatch, CampaignBatchLine, BankLayoutRow]),
    ApprovalsModule,
    AuditModule,
    CampaignReadersModule,
    FileReadersModule,
    FundsModule,
    UnitsModule,
    WorkerReadersModule,
  ],
  controllers: [CampaignsController, BatchesController, BankLayoutsController],
  providers: [
    CampaignsService,
    CampaignLinesService,
    CampaignQueries,
    CampaignLineQueries,
    RosterBuilder,
    RosterQueries,
    BatchesService,
    BatchPaymentsService,
    BankFilesService,
    BankLayoutsService,
    BatchQueries,
    BatchLedgerHooks,
  ],
  exports: [CampaignsService, BatchesService],
})
export class CampaignsModule {}
