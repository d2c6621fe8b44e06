import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { parentLevelOf, type UnitView } from '@worker-aid/shared/domain';
import {
  isUniqueViolation,
  pathInScope,
  Principal,
  unitPathOf,
  apiError,
  invalidField,
  notFound,
} from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { CreateUnitDto } from './create-unit.dto';
import { Unit } from './unit.entity';
import { toUnitView } from './unit.mapper';

@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The caller's unit and every unit below it, tree order (parents before children). */
  async list(principal: Principal): Promise<UnitView[]> {
    const units = await this.dataSource
      .getRepository(Unit)
      .createQueryBuilder('u')
      .where('u.path LIKE :prefix', { prefix: `${principal.unitPath}%` })
      .orderBy('u.path', 'ASC')
      .getMany();
    const order = { center: 0, industry: 1, grassroots: 2 };
    return units
      .sort((a, b) => order[a.level] - order[b.level] || a.code.localeCompare(b.code))
      .map(toUnitView);
  }

  async get(principal: Principal, id: string): Promise<UnitView> {
    return toUnitView(await this.findInScope(principal, id));
  }

  /** The unit, if it lies in the caller's subtree; otherwise 404, as if it did not exist. */
  async findInScope(
    principal: Principal,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Unit> {
    const unit = await manager.findOneBy(Unit, { id });
    if (!unit || !pathInScope(principal, unit.path)) throw notFound('unit');
    return unit;
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
        await manager.insert(Unit, unit);
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
