import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthService } from '@worker-aid/api/auth';
import { StandardsService } from '@worker-aid/api/standards';
import { Unit } from '@worker-aid/api/units';
import { User } from '@worker-aid/api/users';

/**
 * The city's minimum-living standard (低保标准) as the demo's administrator set it, in yuan per
 * person per month, with the day each took effect (Chuzhou raises it every July); the units below
 * inherit it.
 */
export const DEMO_STANDARDS: { effectiveFrom: string; povertyLineYuan: number }[] = [
  { effectiveFrom: '2024-07-01', povertyLineYuan: 720 },
  { effectiveFrom: '2025-07-01', povertyLineYuan: 760 },
  { effectiveFrom: '2026-07-01', povertyLineYuan: 790 },
];

/** Sets the demo standards once, through the standards feature as the administrator. */
export async function seedDemoStandards(app: INestApplication): Promise<void> {
  const dataSource = app.get(DataSource);
  const center = await dataSource.getRepository(Unit).findOneByOrFail({ level: 'center' });
  const admin = await dataSource.getRepository(User).findOneByOrFail({ username: 'admin' });
  const principal = await app.get(AuthService).principalOf(admin.id);
  const standards = app.get(StandardsService);
  if ((await standards.history(principal, center.id)).length > 0) return;
  for (const { effectiveFrom, povertyLineYuan } of DEMO_STANDARDS) {
    await standards.put(principal, { unitId: center.id, effectiveFrom, povertyLine: povertyLineYuan * 100 });
  }
}
