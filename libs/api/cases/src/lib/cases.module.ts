import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@worker-aid/api/audit';
import { UnitsModule } from '@worker-aid/api/units';
import { WorkersModule } from '@worker-aid/api/workers';
import { AidCase } from './aid-case.entity';
import { CaseEvent } from './case-event.entity';
import { CaseNumberCounter } from './case-number-counter.entity';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([AidCase, CaseEvent, CaseNumberCounter]),
    AuditModule,
    UnitsModule,
    WorkersModule,
  ],
  controllers: [CasesController],
  providers: [CasesService],
  exports: [CasesService],
})
export class CasesModule {}
