import {
  IsIn,
  IsInt,
  IsString,
  Length,
  Max,
  Min,
  Validate,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import {
  DETAIL_TEXT_LIMITS,
  DISPUTE_KINDS,
  EDUCATION_LEVELS,
  HARDSHIP_CAUSES,
  HOUSEHOLD_SIZE_MAX,
  isSchoolYear,
  medicalCostsAddUp,
  type CaseType,
  type DisputeKind,
  type EducationDetails,
  type EducationLevel,
  type HardshipCause,
  type HardshipDetails,
  type LegalDetails,
  type MedicalDetails,
} from '@worker-aid/shared/domain';
import { IsFen } from '@worker-aid/shared/domain/validation';
import { Trim } from '@worker-aid/api/core';

export class HardshipDetailsDto implements HardshipDetails {
  @IsIn(HARDSHIP_CAUSES)
  cause!: HardshipCause;

  @IsInt()
  @Min(1)
  @Max(HOUSEHOLD_SIZE_MAX)
  householdSize!: number;

  @IsFen()
  monthlyHouseholdIncome!: number;
}

@ValidatorConstraint({ name: 'medicalCostsAddUp' })
class MedicalCostsAddUp implements ValidatorConstraintInterface {
  validate(_value: unknown, args: ValidationArguments): boolean {
    return medicalCostsAddUp(args.object as MedicalDetails);
  }
  defaultMessage(): string {
    return 'must equal insuranceReimbursed + outOfPocket';
  }
}

export class MedicalDetailsDto implements MedicalDetails {
  @Trim()
  @IsString()
  @Length(1, DETAIL_TEXT_LIMITS.hospital)
  hospital!: string;

  @Trim()
  @IsString()
  @Length(1, DETAIL_TEXT_LIMITS.diagnosis)
  diagnosis!: string;

  @IsFen()
  @Validate(MedicalCostsAddUp)
  totalCost!: number;

  @IsFen()
  insuranceReimbursed!: number;

  @IsFen()
  outOfPocket!: number;
}

@ValidatorConstraint({ name: 'isSchoolYear' })
class SchoolYear implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isSchoolYear(value);
  }
  defaultMessage(): string {
    return 'must be two consecutive years, e.g. 2026-2027';
  }
}

export class EducationDetailsDto implements EducationDetails {
  @Trim()
  @IsString()
  @Length(1, DETAIL_TEXT_LIMITS.childName)
  childName!: string;

  @Trim()
  @IsString()
  @Length(1, DETAIL_TEXT_LIMITS.school)
  school!: string;

  @IsIn(EDUCATION_LEVELS)
  level!: EducationLevel;

  @Validate(SchoolYear)
  schoolYear!: string;

  @IsFen()
  tuition!: number;
}

export class LegalDetailsDto implements LegalDetails {
  @IsIn(DISPUTE_KINDS)
  disputeKind!: DisputeKind;

  @Trim()
  @IsString()
  @Length(1, DETAIL_TEXT_LIMITS.opposingParty)
  opposingParty!: string;

  @IsFen()
  amountClaimed!: number;
}

/** The details class of each case type; `details` is validated against it (unknown fields refused). */
export const DETAILS_DTO: Readonly<Record<CaseType, new () => object>> = {
  hardship: HardshipDetailsDto,
  medical: MedicalDetailsDto,
  education: EducationDetailsDto,
  legal: LegalDetailsDto,
};
