import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, ConfigError, unitPathOf } from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { Unit } from '@worker-aid/api/units';
import { hashPassword, User } from '@worker-aid/api/users';

export const ROOT_UNIT = { code: 'CENTER', name: '市困难职工帮扶中心' } as const;

/** On an empty database: the root unit (the city center) and the `admin` user. */
@Injectable()
export class FirstRunService {
  private readonly logger = new Logger('FirstRun');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** Returns true when it created the root and the admin (the database was empty). */
  async ensureRootAndAdmin(adminPassword: string | null = this.config.adminPassword): Promise<boolean> {
    if ((await this.dataSource.getRepository(Unit).count()) > 0) return false;
    if (!adminPassword) {
      throw new ConfigError(
        'Configuration error: ADMIN_PASSWORD is required to create the admin user on an empty database',
      );
    }
    const passwordHash = await hashPassword(adminPassword);
    await this.dataSource.transaction(async (manager) => {
      const id = randomUUID();
      await manager.insert(Unit, {
        id,
        ...ROOT_UNIT,
        level: 'center',
        parentId: null,
        path: unitPathOf(null, id),
      });
      const admin = manager.create(User, {
        username: 'admin',
        displayName: '系统管理员',
        passwordHash,
        role: 'admin',
        unitId: id,
      });
      await manager.save(admin);
      await this.audit.record(manager, {
        actorId: null,
        unitId: id,
        action: 'system.first_run',
        entityType: 'unit',
        entityId: id,
        detail: { rootUnit: ROOT_UNIT.code, admin: 'admin' },
      });
    });
    this.logger.log('empty database: created the root unit and the admin user');
    return true;
  }
}
