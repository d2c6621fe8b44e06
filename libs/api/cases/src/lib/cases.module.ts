import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApprovalsModule } from '@worker-aid/api/approvals';
import { AuditModule } from '@worker-aid/api/audit';
import { UsersModule } from '@worker-aid/api/users';
import { WorkersModule } from '@worker-aid/api/workers';
import { AidCase } from './aid-case.entity';
import { CaseEvent } from './case-event.entity';
import { CaseHistory } from './case-history';
import { CaseLevels } from './case-levels';
import { CaseNumberCounter } from './case-number-counter.entity';
import { CasePayments } from './case-payments';
import { CaseQueries } from './case.queries';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([AidCase, CaseEvent, CaseNumberCounter]),
    ApprovalsModule,
    AuditModule,
    UsersModule,
    WorkersModule,
  ],
  controllers: [CasesController],
  providers: [CasesService, CaseQueries, CaseHistory, CaseLevels, CasePayments],
  exports: [CasesService, CasePayments],
})
export class CasesModule {}
