import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@worker-aid/api/audit';
import { CasesModule } from '@worker-aid/api/cases';
import { UnitsModule } from '@worker-aid/api/units';
import { DisbursementsService } from './disbursements.service';
import { Disbursement } from './disbursement.entity';
import { FundAllocation } from './fund-allocation.entity';
import { Fund } from './fund.entity';
import { FundsController } from './funds.controller';
import { FundsService } from './funds.service';
import { LedgerCheckService } from './ledger-check.service';
import { DisbursementRollup } from './rollup/disbursement-rollup.entity';
import { DisbursementRollupService } from './rollup/disbursement-rollup.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Fund, FundAllocation, Disbursement, DisbursementRollup]),
    AuditModule,
    CasesModule,
    UnitsModule,
  ],
  controllers: [FundsController],
  providers: [FundsService, DisbursementsService, LedgerCheckService, DisbursementRollupService],
  exports: [FundsService, DisbursementsService, LedgerCheckService, DisbursementRollupService],
})
export class FundsModule {}
