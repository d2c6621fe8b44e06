import { Module } from '@nestjs/common';
import { FundsModule } from '@worker-aid/api/funds';
import { UnitsModule } from '@worker-aid/api/units';
import { DisbursementReportService } from './disbursement-report.service';
import { LegalReportService } from './legal-report.service';
import { ReportsController } from './reports.controller';

@Module({
  imports: [FundsModule, UnitsModule],
  controllers: [ReportsController],
  providers: [DisbursementReportService, LegalReportService],
  exports: [DisbursementReportService, LegalReportService],
})
export class ReportsModule {}
