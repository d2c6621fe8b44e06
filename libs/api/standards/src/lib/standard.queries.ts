import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { LocalStandard } from './local-standard.entity';

/** Every query of the `local_standard` table, which the standards feature owns. */
@Injectable()
export class StandardQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Saves the unit's standard for its day, replacing one set for the same unit and day; answers
   * the row as saved and the one it replaced, if any.
   */
  async upsert(
    manager: EntityManager,
    standard: Omit<LocalStandard, 'id' | 'createdAt' | 'unit'>,
  ): Promise<{ saved: LocalStandard; replaced: LocalStandard | null }> {
    const replaced = await manager
      .getRepository(LocalStandard)
      .createQueryBuilder('s')
      .where('s.unit_id = :unitId AND s.effective_from = :day', {
        unitId: standard.unitId,
        day: standard.effectiveFrom,
      })
      .setLock('pessimistic_write')
      .getOne();
    const values = {
      povertyLine: standard.povertyLine,
      relativeMultipleTenths: standard.relativeMultipleTenths,
      suddenSharePercent: standard.suddenSharePercent,
      createdBy: standard.createdBy,
    };
    // Two admins setting the same unit and day at once: the second insert breaks the unique key (409).
    if (replaced)
      await manager.update(LocalStandard, { id: replaced.id }, { ...values, createdAt: new Date() });
    else await manager.insert(LocalStandard, standard);
    const saved = await manager
      .getRepository(LocalStandard)
      .findOneByOrFail({ unitId: standard.unitId, effectiveFrom: standard.effectiveFrom });
    return { saved, replaced };
  }

  /**
   * The standard in force on `day` for the last unit of `unitIds` (a unit's path, the center
   * first): the nearest unit's latest standard that began on or before the day.
   */
  async inForce(unitIds: readonly string[], day: string): Promise<LocalStandard | null> {
    if (unitIds.length === 0) return null;
    // At most one row per unit on the path (three levels): each unit's latest begun standard.
    const latest = await this.dataSource
      .getRepository(LocalStandard)
      .createQueryBuilder('s')
      .distinctOn(['s.unit_id'])
      .where('s.unit_id IN (:...unitIds)', { unitIds })
      .andWhere('s.effective_from <= :day', { day })
      .orderBy('s.unit_id')
      .addOrderBy('s.effective_from', 'DESC')
      .getMany();
    const byUnit = new Map(latest.map((standard) => [standard.unitId, standard]));
    for (const unitId of [...unitIds].reverse()) {
      const standard = byUnit.get(unitId);
      if (standard) return standard;
    }
    return null;
  }

  /** Every standard of the unit, newest first. */
  history(unitId: string): Promise<LocalStandard[]> {
    return this.dataSource
      .getRepository(LocalStandard)
      .createQueryBuilder('s')
      .where('s.unit_id = :unitId', { unitId })
      .orderBy('s.effective_from', 'DESC')
      .getMany();
  }
}
