import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { levelAtDepth, UNIT_LEVELS, type ApprovalStep, type UnitLevel } from '@worker-aid/shared/domain';
import { Access, unitIdsOnPath, type Principal } from '@worker-aid/api/core';
import { UnitsService } from '@worker-aid/api/units';
import { UsersService } from '@worker-aid/api/users';
import type { AidCase } from './aid-case.entity';
import type { CaseViewExtras } from './case.mapper';

/**
 * Where a case stands on its unit's line (center → industry union → grassroots workstation):
 * the level of its unit, the unit its next step awaits, and its steps with unit and user names,
 * asked of the units and users features by name.
 */
@Injectable()
export class CaseLevels {
  constructor(
    private readonly access: Access,
    private readonly units: UnitsService,
    private readonly users: UsersService,
  ) {}

  /** The level of the case's unit: its depth in the tree. */
  async unitLevel(principal: Principal, unitId: string, manager?: EntityManager): Promise<UnitLevel> {
    return levelAtDepth((await this.lineOf(principal, unitId, manager)).length);
  }

  /** The case's steps with names, and the unit at the level it awaits on its unit's line. */
  async approvalView(
    principal: Principal,
    aidCase: Pick<AidCase, 'unitId' | 'approvals' | 'awaitingLevel'>,
  ): Promise<Pick<CaseViewExtras, 'approvals' | 'awaitingUnit'>> {
    const awaitingUnitId = aidCase.awaitingLevel
      ? ((await this.lineOf(principal, aidCase.unitId))[UNIT_LEVELS.indexOf(aidCase.awaitingLevel)] ?? null)
      : null;
    if (aidCase.approvals.length === 0 && !awaitingUnitId) return { approvals: [], awaitingUnit: null };
    const unitIds = new Set(aidCase.approvals.map((step) => step.unitId));
    if (awaitingUnitId) unitIds.add(awaitingUnitId);
    const [unitNames, userNames] = await Promise.all([
      this.units.namesOf([...unitIds]),
      this.users.displayNamesOf([...new Set(aidCase.approvals.map((step) => step.userId))]),
    ]);
    const approvals: ApprovalStep[] = aidCase.approvals.map((step) => ({
      ...step,
      unitName: unitNames.get(step.unitId)?.name ?? '',
      userName: userNames.get(step.userId) ?? null,
    }));
    const awaitingUnit = awaitingUnitId
      ? { id: awaitingUnitId, name: unitNames.get(awaitingUnitId)?.name ?? '' }
      : null;
    return { approvals, awaitingUnit };
  }

  /** The ids of the units from the center down to the case's unit (which lies in the caller's scope). */
  private async lineOf(principal: Principal, unitId: string, manager?: EntityManager): Promise<string[]> {
    return unitIdsOnPath(await this.access.unitPath(principal, unitId, manager));
  }
}
