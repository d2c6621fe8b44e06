import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { unitPathOf } from '@worker-aid/api/core';
import { AuditEntry } from '@worker-aid/api/audit';
import { Unit } from '@worker-aid/api/units';
import { hashPassword, User } from '@worker-aid/api/users';
import { DEMO_INDUSTRY_UNIONS, DEMO_USERS } from './demo-organisation';

export interface DemoLogins {
  password: string;
  users: { username: string; displayName: string; role: string; unit: string }[];
}

/** A password for every demo account, made on the first start and kept in the data folder. */
export function demoPassword(dataDir: string): string {
  const file = join(dataDir, 'demo-password.txt');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = `demo-${randomBytes(6).toString('base64url')}`;
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** Adds the demo units and users once (the root and admin exist already); returns the logins. */
export async function seedDemo(dataSource: DataSource, password: string): Promise<DemoLogins> {
  await dataSource.transaction(async (manager) => {
    if ((await manager.count(Unit)) > 1) return;
    const root = await manager.findOneByOrFail(Unit, { level: 'center' });
    for (const industry of DEMO_INDUSTRY_UNIONS) {
      const industryUnit = await insertUnit(manager, root, industry.code, industry.name, 'industry');
      for (const station of industry.workstations) {
        await insertUnit(manager, industryUnit, station.code, station.name, 'grassroots');
      }
    }
    const passwordHash = await hashPassword(password);
    const units = await manager.find(Unit);
    for (const demo of DEMO_USERS.filter((u) => u.username !== 'admin')) {
      const unit = units.find((u) => u.code === demo.unitCode);
      if (!unit) throw new Error(`demo unit ${demo.unitCode} is missing`);
      await manager.save(
        manager.create(User, {
          username: demo.username,
          displayName: demo.displayName,
          passwordHash,
          role: demo.role,
          unitId: unit.id,
        }),
      );
    }
    await manager.insert(AuditEntry, {
      actorId: null,
      unitId: root.id,
      action: 'system.demo_seed',
      entityType: 'unit',
      entityId: root.id,
      detail: { users: DEMO_USERS.length },
    });
  });
  const units = await dataSource.getRepository(Unit).find();
  return {
    password,
    users: DEMO_USERS.map((u) => ({
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      unit: units.find((unit) => unit.code === u.unitCode)?.name ?? u.unitCode,
    })),
  };
}

async function insertUnit(
  manager: EntityManager,
  parent: Unit,
  code: string,
  name: string,
  level: Unit['level'],
): Promise<Unit> {
  const id = randomUUID();
  const unit = manager.create(Unit, {
    id,
    code,
    name,
    level,
    parentId: parent.id,
    path: unitPathOf(parent.path, id),
  });
  await manager.insert(Unit, unit);
  return unit;
}
