import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActorDirectory, AuditModule } from '@worker-aid/api/audit';
import { UnitsModule } from '@worker-aid/api/units';
import { User } from './user.entity';
import { UserQueries } from './user.queries';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Global: it provides the audit trail (which sits below users) with the names of its actors. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([User]), AuditModule, UnitsModule],
  controllers: [UsersController],
  providers: [UsersService, UserQueries, { provide: ActorDirectory, useExisting: UserQueries }],
  exports: [UsersService, ActorDirectory],
})
export class UsersModule {}
