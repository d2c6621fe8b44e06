import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { CaseDetails, CaseType } from '@worker-aid/shared/domain';
import { DETAILS_DTO } from './case-details.dto';
import { invalid, fieldProblems } from '@worker-aid/api/core';

/** Checks `details` against the rules of the case type; 400 naming each `details.<field>` otherwise. */
export function validDetails(type: CaseType, details: unknown): CaseDetails {
  const instance = plainToInstance(DETAILS_DTO[type], details);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw invalid(fieldProblems(errors, 'details'));
  return { ...instance } as CaseDetails;
}
