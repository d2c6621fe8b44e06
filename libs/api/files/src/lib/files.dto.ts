import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsBooleanString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
} from 'class-validator';
import {
  FILE_EXIT_REASONS,
  FILE_HARDSHIP_CAUSES,
  FILE_MEMBERS_MAX,
  FILE_NOTE_MAX_LENGTH,
  FILE_STATUSES,
  FILE_TIERS,
  MEMBER_HEALTH,
  MEMBER_RELATIONS,
  MEMBER_WORK,
  SECONDARY_CAUSES_MAX,
  TEXT_LIMITS,
  type CommentRequest,
  type CreateFileRequest,
  type ExitFileRequest,
  type FileExitReason,
  type FollowUpRequest,
  type ReviewFileRequest,
  type FileHardshipCause,
  type FileMember,
  type FileStatus,
  type FileTier,
  type MemberHealth,
  type MemberRelation,
  type MemberWork,
  type UpdateFileRequest,
} from '@worker-aid/shared/domain';
import { IsFen } from '@worker-aid/shared/domain/validation';
import { IsDay, IsOmittable, PageQueryDto, Trim } from '@worker-aid/api/core';

/** One household member; checked element by element (`members[0].birthYear`). */
export class FileMemberDto implements FileMember {
  @Trim()
  @IsString()
  @Length(1, TEXT_LIMITS.workerName)
  name!: string;

  @IsIn(MEMBER_RELATIONS)
  relation!: MemberRelation;

  @IsInt()
  birthYear!: number;

  @IsIn(MEMBER_HEALTH)
  health!: MemberHealth;

  @IsIn(MEMBER_WORK)
  work!: MemberWork;

  @IsFen()
  monthlyIncome!: number;
}

/** The household as `POST /api/files` and the annual review record it. */
export class HouseholdDto implements ReviewFileRequest {
  /** Each member is checked by `validHousehold`. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(FILE_MEMBERS_MAX)
  members!: FileMember[];

  @IsFen()
  monthlyRigidExpenses!: number;

  @IsOmittable()
  @IsFen()
  suddenExpenses12m?: number;

  @IsIn(FILE_HARDSHIP_CAUSES)
  mainCause!: FileHardshipCause;

  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(SECONDARY_CAUSES_MAX)
  @IsIn(FILE_HARDSHIP_CAUSES, { each: true })
  secondaryCauses?: FileHardshipCause[];

  @IsOptional()
  @Trim()
  @IsString()
  @Length(0, FILE_NOTE_MAX_LENGTH)
  note?: string;
}

export class CreateFileDto extends HouseholdDto implements CreateFileRequest {
  @IsUUID()
  workerId!: string;
}

export class ReviewFileDto extends HouseholdDto {}

export class ExitFileDto implements ExitFileRequest {
  @IsIn(FILE_EXIT_REASONS)
  reason!: FileExitReason;

  @IsOptional()
  @Trim()
  @IsString()
  @Length(0, FILE_NOTE_MAX_LENGTH)
  note?: string;
}

export class FollowUpDto implements FollowUpRequest {
  @IsDay()
  visitedOn!: string;

  @IsBoolean()
  relapsed!: boolean;

  @IsOptional()
  @Trim()
  @IsString()
  @Length(0, FILE_NOTE_MAX_LENGTH)
  note?: string;
}

export class FollowUpQueryDto extends PageQueryDto {
  /** `true`: open follow-ups due within 14 days or past; otherwise every open one. */
  @IsOptional()
  @IsBooleanString()
  due?: string;

  /** A unit and everything below it. */
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

export class UpdateFileDto implements UpdateFileRequest {
  @IsOmittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(FILE_MEMBERS_MAX)
  members?: FileMember[];

  @IsOmittable()
  @IsFen()
  monthlyRigidExpenses?: number;

  @IsOmittable()
  @IsFen()
  suddenExpenses12m?: number;

  @IsOmittable()
  @IsIn(FILE_HARDSHIP_CAUSES)
  mainCause?: FileHardshipCause;

  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(SECONDARY_CAUSES_MAX)
  @IsIn(FILE_HARDSHIP_CAUSES, { each: true })
  secondaryCauses?: FileHardshipCause[];

  @IsOptional()
  @Trim()
  @IsString()
  @Length(0, FILE_NOTE_MAX_LENGTH)
  note?: string;
}

export class FileCommentDto implements CommentRequest {
  @Trim()
  @IsString()
  @Length(1, TEXT_LIMITS.decisionComment)
  comment!: string;
}

export class FileQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(FILE_STATUSES)
  status?: FileStatus;

  @IsOptional()
  @IsIn(FILE_TIERS)
  tier?: FileTier;

  /** A unit and everything below it. */
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @IsOptional()
  @IsUUID()
  workerId?: string;

  /** `true`: active files due for review within 30 days or past. */
  @IsOptional()
  @IsBooleanString()
  reviewDue?: string;

  /** File number or worker name fragment. */
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;
}
