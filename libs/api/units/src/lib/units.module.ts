import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Access, UnitTree } from '@worker-aid/api/core';
import { AuditModule } from '@worker-aid/api/audit';
import { Unit } from './unit.entity';
import { UnitQueries } from './unit.queries';
import { UnitsController } from './units.controller';
import { UnitsService } from './units.service';

/**
 * Global: it provides the access funnel (`Access`, declared in core) with the unit tree it
 * needs, to every feature — audit too, which sits below units.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Unit]), AuditModule],
  controllers: [UnitsController],
  providers: [UnitsService, UnitQueries, { provide: UnitTree, useExisting: UnitQueries }, Access],
  exports: [UnitsService, UnitTree, Access],
})
export class UnitsModule {}
