import {
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  registerDecorator,
  type ValidationOptions,
} from 'class-validator';
import {
  relativeMultipleTenths,
  SUDDEN_SHARE_PERCENT,
  type PutStandardRequest,
} from '@worker-aid/shared/domain';
import { IsDay, IsPositiveFen } from '@worker-aid/api/core';

/** 1.0, 1.1, …, 3.0 as a JSON number; its constraint name is the field code `relative_multiple`. */
function IsRelativeMultiple(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'relative_multiple',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must be 1.0 to 3.0 in steps of 0.1', ...options },
      validator: { validate: (value: unknown) => relativeMultipleTenths(value) !== null },
    });
}

export class PutStandardDto implements PutStandardRequest {
  @IsUUID()
  unitId!: string;

  /** The first day the standard is in force, `YYYY-MM-DD`; may be in the future. */
  @IsDay()
  effectiveFrom!: string;

  /** Fen per person per month, more than zero. */
  @IsPositiveFen()
  povertyLine!: number;

  /** 1.0–3.0 in steps of 0.1; 2.0 when left out. */
  @IsOptional()
  @IsRelativeMultiple()
  relativeMultiple?: number;

  /** 1–100; 80 when left out. */
  @IsOptional()
  @IsInt()
  @Min(SUDDEN_SHARE_PERCENT.min)
  @Max(SUDDEN_SHARE_PERCENT.max)
  suddenSharePercent?: number;
}

export class StandardQueryDto {
  /** The unit; the caller's own when left out. */
  @IsOptional()
  @IsUUID()
  unitId?: string;

  /** The day, `YYYY-MM-DD`; today in the center when left out. */
  @IsOptional()
  @IsDay()
  on?: string;
}

export class StandardHistoryQueryDto {
  /** The unit; the caller's own when left out. */
  @IsOptional()
  @IsUUID()
  unitId?: string;
}
