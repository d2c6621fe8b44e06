import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsDay, PageQueryDto } from '@worker-aid/api/core';

export class AuditQueryDto extends PageQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(32)
  entityType?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @IsOptional()
  @IsUUID()
  actorId?: string;

  /** First day, `YYYY-MM-DD`, inclusive. */
  @IsOptional()
  @IsDay()
  from?: string;

  /** Last day, `YYYY-MM-DD`, inclusive. */
  @IsOptional()
  @IsDay()
  to?: string;
}
