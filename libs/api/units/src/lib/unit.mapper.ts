import type { UnitView } from '@worker-aid/shared/domain';
import type { Unit } from './unit.entity';

export function toUnitView(unit: Unit): UnitView {
  return { id: unit.id, code: unit.code, name: unit.name, level: unit.level, parentId: unit.parentId };
}
