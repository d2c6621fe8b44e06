import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { parentLevelOf, type UnitView } from '@worker-aid/shared/domain';
import {
  Access,
  isUniqueViolation,
  Principal,
  type ScopedRecord,
  unitPathOf,
  apiError,
  invalidField,
} from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { CreateUnitDto } from './create-unit.dto';
import { Unit } from './unit.entity';
import { toUnitView } from './unit.mapper';
import { UnitQueries } from './unit.queries';

/** A unit is in scope when it is the caller's unit or lies below it: its own id is its unit. */
const UNIT: ScopedRecord<Unit> = { entity: Unit, what: 'unit', unitColumn: 'id' };

/**
 * The unit tree. Besides its endpoints it answers other features' questions about units by name
 * (`findInScope`, `childrenOf`, `namesOf`, `covers`); the subtree rule itself is `Access`.
 */
@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: UnitQueries,
    private readonly access: Access,
    private readonly audit: AuditService,
  ) {}

  /** The caller's unit and every unit below it, tree order (parents before children). */
  async list(principal: Principal): Promise<UnitView[]> {
    const units = await this.queries.subtree(principal.unitPath);
    const order = { center: 0, industry: 1, grassroots: 2 };
    return units
      .sort((a, b) => order[a.level] - order[b.level] || a.code.localeCompare(b.code))
      .map(toUnitView);
  }

  async get(principal: Principal, id: string): Promise<UnitView> {
    return toUnitView(await this.findInScope(principal, id));
  }

  /** The unit, if it lies in the caller's subtree; otherwise 404, as if it did not exist. */
  findInScope(principal: Principal, id: string, manager?: EntityManager): Promise<Unit> {
    return this.access.require(UNIT, principal, id, { manager });
  }

  /** The ids of the units one level below. */
  childrenOf(unitId: string): Promise<string[]> {
    return this.queries.childrenOf(unitId);
  }

  /** The unit and every unit below it (an import checks unit codes against them). */
  async subtreeOf(unitId: string): Promise<UnitView[]> {
    const path = await this.queries.pathOf(unitId);
    return path === null ? [] : (await this.queries.subtree(path)).map(toUnitView);
  }

  /** Code and name of each unit, by id. */
  namesOf(ids: readonly string[]): Promise<Map<string, { code: string; name: string }>> {
    return this.queries.namesOf(ids);
  }

  /** Whether `unitId` is `ancestorId` or lies below it. */
  covers(ancestorId: string, unitId: string, manager: EntityManager): Promise<boolean> {
    return this.queries.covers(ancestorId, unitId, manager);
  }

  async create(principal: Principal, dto: CreateUnitDto): Promise<UnitView> {
    const expectedParentLevel = parentLevelOf(dto.level);
    if (!expectedParentLevel)
      throw invalidField('level', 'center_once', 'the center exists once, created at start-up');
    try {
      return await this.dataSource.transaction(async (manager) => {
        const parent = await this.findInScope(principal, dto.parentId, manager);
        if (parent.level !== expectedParentLevel) {
          throw invalidField(
            'parentId',
            'parent_level',
            `the parent of ${article(dto.level)} ${dto.level} unit must be ${article(expectedParentLevel)} ${expectedParentLevel} unit`,
          );
        }
        const id = randomUUID();
        const unit = manager.create(Unit, {
          id,
          code: dto.code,
          name: dto.name.trim(),
          level: dto.level,
          parentId: parent.id,
          path: unitPathOf(parent.path, id),
        });
        await this.queries.insert(manager, unit);
        await this.audit.record(manager, {
          actorId: principal.id,
          unitId: unit.id,
          action: 'unit.create',
          entityType: 'unit',
          entityId: unit.id,
          detail: { code: unit.code, name: unit.name, level: unit.level, parentId: unit.parentId },
        });
        return toUnitView(unit);
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw apiError('unit.duplicate_code', 'code: a unit with this code already exists');
      throw error;
    }
  }
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}
