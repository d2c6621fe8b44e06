import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { HealthView } from '@worker-aid/shared/domain';
import { apiError, Public } from '@worker-aid/api/core';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** 200 once the database answers and every migration has run. */
  @Get()
  @Public()
  async health(): Promise<HealthView> {
    try {
      await this.dataSource.query('SELECT 1');
      if (await this.dataSource.showMigrations()) throw new Error('pending migrations');
    } catch {
      throw apiError('server.unavailable', 'database unavailable or not migrated');
    }
    return { status: 'ok', database: 'up', version: process.env['npm_package_version'] ?? '0.1.0' };
  }
}
