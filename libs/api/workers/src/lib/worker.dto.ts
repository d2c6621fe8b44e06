import { OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import {
  type CreateWorkerRequest,
  type Gender,
  normalizeBankAccount,
  PHONE_PATTERN,
  PHONE_RULE,
  type UpdateWorkerRequest,
} from '@worker-aid/shared/domain';
import { IsBankAccount, IsResidentId } from '@worker-aid/shared/domain/validation';
import { PageQueryDto } from '@worker-aid/api/core';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const GENDERS: Gender[] = ['male', 'female'];

export class CreateWorkerDto implements CreateWorkerRequest {
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  name!: string;

  /** 18-character resident identity number (check character by ISO 7064 MOD 11-2). */
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsResidentId()
  idNumber!: string;

  @IsUUID()
  unitId!: string;

  /** Optional; when given it must agree with the identity number. */
  @IsOptional()
  @IsIn(GENDERS)
  gender?: Gender;

  @IsOptional()
  @Transform(trim)
  @Matches(PHONE_PATTERN, { message: PHONE_RULE })
  phone?: string;

  /** Typed in groups of four as often as not: kept as its digits. */
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? (normalizeBankAccount(value) ?? value) : value))
  @IsBankAccount()
  bankAccount?: string;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  employer?: string;

  /** 农民工 */
  @IsOptional()
  @IsBoolean()
  migrantWorker?: boolean;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  address?: string;
}

/** The identity number and the unit are fixed at registration. */
export class UpdateWorkerDto
  extends PartialType(OmitType(CreateWorkerDto, ['idNumber', 'unitId'] as const))
  implements UpdateWorkerRequest {}

export class LookupWorkerDto {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsResidentId()
  idNumber!: string;
}

export class WorkerQueryDto extends PageQueryDto {
  /** A fragment of the worker's name. */
  @IsOptional()
  @IsString()
  @Length(1, 50)
  q?: string;

  /** A unit and everything below it. */
  @IsOptional()
  @IsUUID()
  unitId?: string;
}
