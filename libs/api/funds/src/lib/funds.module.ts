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

@Module({
  imports: [
    TypeOrmModule.forFeature([Fund, FundAllocation, Disbursement]),
    AuditModule,
    CasesModule,
    UnitsModule,
  ],
  controllers: [FundsController],
  providers: [FundsService, DisbursementsService, LedgerCheckService],
  exports: [FundsService, DisbursementsService, LedgerCheckService],
})
export class FundsModule {}
