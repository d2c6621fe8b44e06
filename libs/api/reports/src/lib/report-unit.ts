import { Principal, invalidField } from '@worker-aid/api/core';
import { Unit, UnitsService } from '@worker-aid/api/units';

export interface ReportRequest {
  from?: string;
  to?: string;
  unitId?: string;
}

/** 400 when the period ends before it begins. */
export function assertPeriod(request: ReportRequest): void {
  if (request.from && request.to && request.from > request.to)
    throw invalidField('to', 'not_before_from', 'must not be before from');
}

/**
 * The unit a report covers once its period is checked: the one asked for if it lies in the
 * caller's scope (otherwise 404), or else the caller's own.
 */
export function reportUnit(units: UnitsService, principal: Principal, request: ReportRequest): Promise<Unit> {
  assertPeriod(request);
  return units.findInScope(principal, request.unitId ?? principal.unitId);
}
