import { Module } from '@nestjs/common';
import { CampaignReadersModule } from '@worker-aid/api/campaigns';
import { CasesModule } from '@worker-aid/api/cases';
import { FilesModule } from '@worker-aid/api/files';
import { FundsModule } from '@worker-aid/api/funds';
import { UnitsModule } from '@worker-aid/api/units';
import { DisbursementReportService } from './disbursement-report.service';
import { FilesReportService } from './files-report.service';
import { LegalReportService } from './legal-report.service';
import { ReportsController } from './reports.controller';

/** Owns no table: it reads through the funds, cases, files, units and campaigns features' readers. */
@Module({
  imports: [FundsModule, CasesModule, FilesModule, UnitsModule, CampaignReadersModule],
  controllers: [ReportsController],
  providers: [DisbursementReportService, LegalReportService, FilesReportService],
  exports: [DisbursementReportService, LegalReportService, FilesReportService],
})
export class ReportsModule {}
