import { IsIn, IsObject, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import {
  CASE_STATUSES,
  CASE_TYPES,
  LEGAL_OUTCOMES,
  type ApproveCaseRequest,
  type CaseDetails,
  type CaseStatus,
  type CaseType,
  type CloseCaseRequest,
  type CommentRequest,
  type CreateCaseRequest,
  type LegalOutcome,
  type UpdateCaseRequest,
  TEXT_LIMITS,
} from '@worker-aid/shared/domain';
import { IsFen } from '@worker-aid/shared/domain/validation';
import { IsOmittable, PageQueryDto, Trim } from '@worker-aid/api/core';

export class CreateCaseDto implements CreateCaseRequest {
  @IsIn(CASE_TYPES)
  type!: CaseType;

  @IsUUID()
  workerId!: string;

  /** Fen; 0 is allowed (legal aid often asks for no cash). */
  @IsFen()
  requestedAmount!: number;

  @Trim()
  @IsString()
  @Length(1, TEXT_LIMITS.caseSummary)
  summary!: string;

  /** Fields of the case type (API.md); checked against the type's rules. */
  @IsObject()
  details!: CaseDetails;
}

export class UpdateCaseDto implements UpdateCaseRequest {
  @IsOmittable()
  @IsFen()
  requestedAmount?: number;

  @IsOmittable()
  @Trim()
  @IsString()
  @Length(1, TEXT_LIMITS.caseSummary)
  summary?: string;

  @IsOmittable()
  @IsObject()
  details?: CaseDetails;
}

export class ApproveCaseDto implements ApproveCaseRequest {
  @IsFen()
  approvedAmount!: number;

  @IsOptional()
  @Trim()
  @IsString()
  @Length(0, TEXT_LIMITS.decisionComment)
  comment?: string;
}

export class CommentDto implements CommentRequest {
  @Trim()
  @IsString()
  @Length(1, TEXT_LIMITS.decisionComment)
  comment!: string;
}

export class CloseCaseDto implements CloseCaseRequest {
  @IsOptional()
  @IsIn(LEGAL_OUTCOMES)
  outcome?: LegalOutcome;

  @IsOptional()
  @IsFen()
  recoveredAmount?: number;
}

export class CaseQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(CASE_TYPES)
  type?: CaseType;

  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  /** A unit and everything below it. */
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @IsOptional()
  @IsUUID()
  workerId?: string;

  /** `true`: the caller's review queue — submitted cases awaiting a step from their level, not their own. */
  @IsOptional()
  @IsIn(['true', 'false'])
  review?: 'true' | 'false';

  /** `true`: approved cases that may be paid now (not in public notice). */
  @IsOptional()
  @IsIn(['true', 'false'])
  payable?: 'true' | 'false';

  /** Case number, worker name or summary fragment. */
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;
}

export class WarningsQueryDto {
  @IsIn(CASE_TYPES)
  type!: CaseType;
}
