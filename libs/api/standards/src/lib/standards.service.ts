import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  relativeMultipleTenths,
  RELATIVE_MULTIPLE_TENTHS,
  SUDDEN_SHARE_PERCENT,
  todayInCenter,
  type HardshipStandard,
  type StandardView,
} from '@worker-aid/shared/domain';
import { Access, apiError, Principal, unitIdsOnPath } from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { toStandardView } from './standards.mapper';
import { PutStandardDto } from './standards.dto';
import { StandardQueries } from './standard.queries';

/**
 * Local standards: set by an admin for a unit from a day on, inherited by the units below it.
 * Other features ask `inForce(unitId, day)` (the hardship files, for their tier).
 */
@Injectable()
export class StandardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: StandardQueries,
    private readonly access: Access,
    private readonly audit: AuditService,
  ) {}

  async put(principal: Principal, dto: PutStandardDto): Promise<StandardView> {
    const tenths =
      dto.relativeMultiple === undefined
        ? RELATIVE_MULTIPLE_TENTHS.default
        : (relativeMultipleTenths(dto.relativeMultiple) ?? RELATIVE_MULTIPLE_TENTHS.default);
    return this.dataSource.transaction(async (manager) => {
      await this.access.unitPath(principal, dto.unitId, manager);
      const { saved, replaced } = await this.queries.upsert(manager, {
        unitId: dto.unitId,
        effectiveFrom: dto.effectiveFrom,
        povertyLine: dto.povertyLine,
        relativeMultipleTenths: tenths,
        suddenSharePercent: dto.suddenSharePercent ?? SUDDEN_SHARE_PERCENT.default,
        createdBy: principal.id,
      });
      const view = toStandardView(saved);
      await this.audit.record(manager, {
        actorId: principal.id,
        unitId: saved.unitId,
        action: replaced ? 'standard.replace' : 'standard.set',
        entityType: 'local_standard',
        entityId: saved.id,
        detail: {
          effectiveFrom: view.effectiveFrom,
          povertyLine: view.povertyLine,
          relativeMultiple: view.relativeMultiple,
          suddenSharePercent: view.suddenSharePercent,
          ...(replaced ? { replaced: toStandardView(replaced) } : {}),
        },
      });
      return view;
    });
  }

  /** The standard in force for the unit (in the caller's scope) on the day: 404 `standard.not_found` if none. */
  async get(principal: Principal, unitId: string | undefined, on: string | undefined): Promise<StandardView> {
    const unit = unitId ?? principal.unitId;
    const path = await this.access.unitPath(principal, unit);
    const standard = await this.queries.inForce(unitIdsOnPath(path), on ?? todayInCenter());
    if (!standard)
      throw apiError('standard.not_found', 'no local standard is in force for this unit on that day');
    return toStandardView(standard, unit);
  }

  /** Every standard the unit itself has set, newest first (none inherited). */
  async history(principal: Principal, unitId: string | undefined): Promise<StandardView[]> {
    const unit = unitId ?? principal.unitId;
    await this.access.unitPath(principal, unit);
    return (await this.queries.history(unit)).map((standard) => toStandardView(standard));
  }

  /**
   * For other features (the hardship files): the standard in force for a unit on a day, exactly,
   * or null. The caller has checked the unit's scope.
   */
  async inForce(unitPath: string, day: string): Promise<HardshipStandard | null> {
    const standard = await this.queries.inForce(unitIdsOnPath(unitPath), day);
    return standard
      ? {
          povertyLine: standard.povertyLine,
          relativeMultipleTenths: standard.relativeMultipleTenths,
          suddenSharePercent: standard.suddenSharePercent,
        }
      : null;
  }
}
