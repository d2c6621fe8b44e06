import { Module } from '@nestjs/common';
import { CasesModule } from '@worker-aid/api/cases';
import { FundsModule } from '@worker-aid/api/funds';
import { UnitsModule } from '@worker-aid/api/units';
import { DisbursementReportService } from './disbursement-report.service';
import { LegalReportService } from './legal-report.service';
import { ReportsController } from './reports.controller';

/** Owns no table: it reads through the funds, cases and units features' readers. */
@Module({
  imports: [FundsModule, CasesModule, UnitsModule],
  controllers: [ReportsController],
  providers: [DisbursementReportService, LegalReportService],
  exports: [DisbursementReportService, LegalReportService],
})
export class ReportsModule {}
