import { relativeMultipleOf, type StandardView } from '@worker-aid/shared/domain';
import type { LocalStandard } from './local-standard.entity';

/** The standard as answered; `forUnitId` is the unit asked about, when it inherits the standard. */
export function toStandardView(standard: LocalStandard, forUnitId: string = standard.unitId): StandardView {
  return {
    unitId: forUnitId,
    effectiveFrom: standard.effectiveFrom,
    povertyLine: standard.povertyLine,
    relativeMultiple: relativeMultipleOf(standard.relativeMultipleTenths),
    suddenSharePercent: standard.suddenSharePercent,
    inheritedFrom: forUnitId === standard.unitId ? null : standard.unitId,
  };
}
