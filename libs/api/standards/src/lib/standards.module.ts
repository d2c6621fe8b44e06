import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@worker-aid/api/audit';
import { LocalStandard } from './local-standard.entity';
import { StandardQueries } from './standard.queries';
import { StandardsController } from './standards.controller';
import { StandardsService } from './standards.service';

/** Local standards (`local_standard`); `Access` comes from the global units module. */
@Module({
  imports: [TypeOrmModule.forFeature([LocalStandard]), AuditModule],
  controllers: [StandardsController],
  providers: [StandardsService, StandardQueries],
  exports: [StandardsService],
})
export class StandardsModule {}
