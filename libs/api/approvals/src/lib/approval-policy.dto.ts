import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CASE_TYPES,
  NOTICE_DAYS_MAX,
  NOTICE_SUBJECTS,
  OBJECTION_CONTACT_MAX_LENGTH,
  UNIT_LEVELS,
  type ApprovalLimit,
  type ApprovalPolicy,
  type CaseType,
  type NoticePeriod,
  type NoticeSubject,
  type UnitLevel,
} from '@worker-aid/shared/domain';
import { IsFen } from '@worker-aid/shared/domain/validation';
import { Trim } from '@worker-aid/api/core';

export class ApprovalLimitDto implements ApprovalLimit {
  @IsIn(CASE_TYPES)
  type!: CaseType;

  @IsIn(UNIT_LEVELS)
  level!: UnitLevel;

  /** Fen a step at this level may approve as final; `null`: no limit. */
  @ValidateIf((row: ApprovalLimitDto) => row.limit !== null)
  @IsFen()
  limit!: number | null;
}

export class NoticePeriodDto implements NoticePeriod {
  @IsIn(NOTICE_SUBJECTS)
  type!: NoticeSubject;

  /** Calendar days of public notice after final approval, 0–30; 0: none. */
  @IsInt()
  @Min(0)
  @Max(NOTICE_DAYS_MAX)
  days!: number;
}

export class ApprovalPolicyDto implements ApprovalPolicy {
  @IsArray()
  @ArrayMaxSize(CASE_TYPES.length * UNIT_LEVELS.length)
  @ValidateNested({ each: true })
  @Type(() => ApprovalLimitDto)
  limits!: ApprovalLimitDto[];

  @IsArray()
  @ArrayMaxSize(NOTICE_SUBJECTS.length)
  @ValidateNested({ each: true })
  @Type(() => NoticePeriodDto)
  noticeDays!: NoticePeriodDto[];

  /** Where and how the public objects; printed on every notice. */
  @IsOptional()
  @Trim()
  @IsString()
  @Length(0, OBJECTION_CONTACT_MAX_LENGTH)
  objectionContact?: string | null;
}
