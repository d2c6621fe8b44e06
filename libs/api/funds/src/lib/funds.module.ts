import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@worker-aid/api/audit';
import { CasesModule } from '@worker-aid/api/cases';
import { UnitsModule } from '@worker-aid/api/units';
import { WorkersModule } from '@worker-aid/api/workers';
import { DisbursementQueries } from './disbursement.queries';
import { DisbursementViews } from './disbursement-views';
import { DisbursementsService } from './disbursements.service';
import { Disbursement } from './disbursement.entity';
import { FundAllocation } from './fund-allocation.entity';
import { Fund } from './fund.entity';
import { FundQueries } from './fund.queries';
import { FundsController } from './funds.controller';
import { FundsService } from './funds.service';
import { LedgerCheckService } from './ledger-check.service';
import { BulkPayments } from './ledger/bulk-payments.service';
import { CampaignLedger } from './ledger/campaign-ledger-hooks';
import { LedgerService } from './ledger/ledger.service';
import { DisbursementFigures } from './rollup/disbursement-figures';
import { DisbursementRollup } from './rollup/disbursement-rollup.entity';
import { DisbursementRollupService } from './rollup/disbursement-rollup.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Fund, FundAllocation, Disbursement, DisbursementRollup]),
    AuditModule,
    CasesModule,
    UnitsModule,
    WorkersModule,
  ],
  controllers: [FundsController],
  providers: [
    FundsService,
    DisbursementsService,
    LedgerService,
    BulkPayments,
    CampaignLedger,
    LedgerCheckService,
    DisbursementRollupService,
    DisbursementFigures,
    FundQueries,
    DisbursementQueries,
    DisbursementViews,
  ],
  exports: [
    FundsService,
    DisbursementsService,
    LedgerService,
    BulkPayments,
    CampaignLedger,
    LedgerCheckService,
    DisbursementRollupService,
    DisbursementFigures,
  ],
})
export class FundsModule {}
