import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CAMPAIGN_KINDS,
  CAMPAIGN_LINE_STATUSES,
  CAMPAIGN_NAME_MAX_LENGTH,
  CAMPAIGN_REASON_MAX_LENGTH,
  CAMPAIGN_STATUSES,
  CAMPAIGN_TIERS,
  CAMPAIGN_YEAR_MAX,
  CAMPAIGN_YEAR_MIN,
  SCHOOL_AID_LEVELS,
  TEXT_LIMITS,
  type CampaignAmount,
  type CampaignEligibility,
  type CampaignKind,
  type CampaignLinePatch,
  type CampaignLineStatus,
  type CampaignStatus,
  type CampaignTier,
  type CreateCampaignRequest,
  type SchoolAidLevel,
  type UpdateCampaignRequest,
  type ReinstateLineRequest,
} from '@worker-aid/shared/domain';
import { IsFen } from '@worker-aid/shared/domain/validation';
import { IsOmittable, PageQueryDto, Trim } from '@worker-aid/api/core';

/** Tiers × school levels: the most amounts a campaign's rules can name. */
const AMOUNTS_MAX = CAMPAIGN_TIERS.length * SCHOOL_AID_LEVELS.length;

export class CampaignEligibilityDto implements CampaignEligibility {
  /** A non-empty, distinct subset of the tiers (checked by `campaignRulesProblems`). */
  @IsArray()
  @ArrayMaxSize(CAMPAIGN_TIERS.length * 2)
  @IsIn(CAMPAIGN_TIERS, { each: true })
  tiers!: CampaignTier[];

  @IsOmittable()
  @IsBoolean()
  migrantOnly?: boolean;
}

export class CampaignAmountDto implements CampaignAmount {
  @IsIn(CAMPAIGN_TIERS)
  tier!: CampaignTier;

  /** School aid only. */
  @IsOmittable()
  @IsIn(SCHOOL_AID_LEVELS)
  level?: SchoolAidLevel;

  @IsFen()
  amount!: number;
}

class CampaignRulesDto {
  @Trim()
  @IsString()
  @Length(1, CAMPAIGN_NAME_MAX_LENGTH)
  name!: string;

  @IsUUID()
  fundId!: string;

  @IsInt()
  @Min(CAMPAIGN_YEAR_MIN)
  @Max(CAMPAIGN_YEAR_MAX)
  year!: number;

  @IsObject()
  @ValidateNested()
  @Type(() => CampaignEligibilityDto)
  eligibility!: CampaignEligibilityDto;

  @IsArray()
  @ArrayMaxSize(AMOUNTS_MAX * 2)
  @ValidateNested({ each: true })
  @Type(() => CampaignAmountDto)
  amounts!: CampaignAmountDto[];
}

/** `POST /api/campaigns`; the amounts against the eligibility by `campaignRulesProblems`. */
export class CreateCampaignDto extends CampaignRulesDto implements CreateCampaignRequest {
  @IsIn(CAMPAIGN_KINDS)
  kind!: CampaignKind;
}

/** `PATCH /api/campaigns/:id` (draft only): any of the rules but the kind. */
export class UpdateCampaignDto implements UpdateCampaignRequest {
  @IsOmittable()
  @Trim()
  @IsString()
  @Length(1, CAMPAIGN_NAME_MAX_LENGTH)
  name?: string;

  @IsOmittable()
  @IsUUID()
  fundId?: string;

  @IsOmittable()
  @IsInt()
  @Min(CAMPAIGN_YEAR_MIN)
  @Max(CAMPAIGN_YEAR_MAX)
  year?: number;

  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => CampaignEligibilityDto)
  eligibility?: CampaignEligibilityDto;

  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(AMOUNTS_MAX * 2)
  @ValidateNested({ each: true })
  @Type(() => CampaignAmountDto)
  amounts?: CampaignAmountDto[];
}

export class CampaignQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(CAMPAIGN_STATUSES)
  status?: CampaignStatus;

  @IsOptional()
  @IsIn(CAMPAIGN_KINDS)
  kind?: CampaignKind;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(CAMPAIGN_YEAR_MIN)
  @Max(CAMPAIGN_YEAR_MAX)
  year?: number;
}

export class CampaignLineQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(CAMPAIGN_LINE_STATUSES)
  status?: CampaignLineStatus;

  /** A fragment of the worker's name, a file number fragment, or a whole identity number. */
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 100)
  q?: string;
}

/** `PATCH /api/campaigns/:id/lines/:lineId` (draft only): always with a reason. */
export class CampaignLinePatchDto implements CampaignLinePatch {
  @IsOmittable()
  @IsBoolean()
  excluded?: boolean;

  @IsOmittable()
  @IsFen()
  amount?: number;

  @Trim()
  @IsString()
  @Length(1, CAMPAIGN_REASON_MAX_LENGTH)
  reason!: string;
}

/** A line an objection excluded, put back to be paid: why the objection did not stand. */
export class ReinstateLineDto implements ReinstateLineRequest {
  @Trim()
  @IsString()
  @Length(1, CAMPAIGN_REASON_MAX_LENGTH)
  reason!: string;
}

/** The body of submit, approve, return and close. */
export class CampaignCommentDto {
  @IsOptional()
  @Trim()
  @IsString()
  @Length(0, TEXT_LIMITS.decisionComment)
  comment?: string;
}
