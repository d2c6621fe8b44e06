import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, CoreModule } from '@worker-aid/api/core';
import { AuditModule } from '@worker-aid/api/audit';
import { AuthModule } from '@worker-aid/api/auth';
import { CasesModule } from '@worker-aid/api/cases';
import { FundsModule } from '@worker-aid/api/funds';
import { ReportsModule } from '@worker-aid/api/reports';
import { FilesModule } from '@worker-aid/api/files';
import { DocumentsModule } from '@worker-aid/api/documents';
import { ImportsModule } from '@worker-aid/api/imports';
import { ApprovalsModule } from '@worker-aid/api/approvals';
import { NoticesModule } from '@worker-aid/api/notices';
import { InboxModule } from '@worker-aid/api/inbox';
import { CampaignsModule } from '@worker-aid/api/campaigns';
import { StandardsModule } from '@worker-aid/api/standards';
import { UnitsModule } from '@worker-aid/api/units';
import { UsersModule } from '@worker-aid/api/users';
import { WorkersModule } from '@worker-aid/api/workers';
import { dataSourceOptions } from '../database/data-source-options';
import { FirstRunService } from './first-run.service';
import { HealthController } from './health.controller';

@Module({})
export class AppModule {
  /** The whole server for a configuration and the URL of its (already created) database. */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, databaseUrl),
        // startServer has run the migrations, without the request path's limits.
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.databaseLimits)),
        AuditModule,
        UnitsModule,
        UsersModule,
        AuthModule,
        WorkersModule,
        CasesModule,
        FundsModule,
        ReportsModule,
        StandardsModule,
        FilesModule,
        DocumentsModule,
        ImportsModule,
        ApprovalsModule,
        NoticesModule,
        InboxModule,
        CampaignsModule,
      ],
      controllers: [HealthController],
      providers: [FirstRunService],
    };
  }
}
