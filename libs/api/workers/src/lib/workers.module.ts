import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@worker-aid/api/audit';
import { UnitsModule } from '@worker-aid/api/units';
import { Worker } from './worker.entity';
import { WorkerQueries } from './worker.queries';
import { WorkersController } from './workers.controller';
import { WorkersService } from './workers.service';

@Module({
  imports: [TypeOrmModule.forFeature([Worker]), AuditModule, UnitsModule],
  controllers: [WorkersController],
  providers: [WorkersService, WorkerQueries],
  exports: [WorkersService],
})
export class WorkersModule {}
