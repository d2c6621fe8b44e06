import { BadRequestException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { CaseDetails, CaseType } from '@worker-aid/shared/domain';
import { validationMessages } from '@worker-aid/api/core';
import { DETAILS_DTO } from './case-details.dto';

/** Checks `details` against the rules of the case type; 400 naming each `details.<field>` otherwise. */
export function validDetails(type: CaseType, details: unknown): CaseDetails {
  const instance = plainToInstance(DETAILS_DTO[type], details);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new BadRequestException(validationMessages(errors, 'details'));
  return { ...instance } as CaseDetails;
}
