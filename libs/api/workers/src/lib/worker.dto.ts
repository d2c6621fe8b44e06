import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import {
  type CreateWorkerRequest,
  type Gender,
  normalizeBankAccount,
  PHONE_PATTERN,
  PHONE_RULE,
  TEXT_LIMITS,
  type UpdateWorkerRequest,
} from '@worker-aid/shared/domain';
import { IsBankAccount, IsResidentId } from '@worker-aid/shared/domain/validation';
import { IsOmittable, PageQueryDto, Trim } from '@worker-aid/api/core';

const GENDERS: Gender[] = ['male', 'female'];

/** Each field's rules, said once for registering and for editing. */
const NameRules = () => applyDecorators(Trim(), IsString(), Length(1, TEXT_LIMITS.workerName));
const PhoneRules = () => applyDecorators(Trim(), Matches(PHONE_PATTERN, { message: PHONE_RULE }));
/** Typed in groups of four as often as not: kept as its digits. */
const BankAccountRules = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? (normalizeBankAccount(value) ?? value) : value)),
    IsBankAccount(),
  );
const EmployerRules = () => applyDecorators(Trim(), IsString(), Length(1, TEXT_LIMITS.employer));
const AddressRules = () => applyDecorators(Trim(), IsString(), Length(1, TEXT_LIMITS.address));

export class CreateWorkerDto implements CreateWorkerRequest {
  @NameRules()
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
  @PhoneRules()
  phone?: string;

  @IsOptional()
  @BankAccountRules()
  bankAccount?: string;

  @IsOptional()
  @EmployerRules()
  employer?: string;

  /** 农民工 */
  @IsOptional()
  @IsBoolean()
  migrantWorker?: boolean;

  @IsOptional()
  @AddressRules()
  address?: string;
}

/**
 * A field left out stays as it is; `null` clears phone, bank account, employer or address.
 * The identity number and the unit are fixed at registration.
 */
export class UpdateWorkerDto implements UpdateWorkerRequest {
  @IsOmittable()
  @NameRules()
  name?: string;

  /** When given it must agree with the identity number. */
  @IsOmittable()
  @IsIn(GENDERS)
  gender?: Gender;

  @IsOptional()
  @PhoneRules()
  phone?: string | null;

  @IsOptional()
  @BankAccountRules()
  bankAccount?: string | null;

  @IsOptional()
  @EmployerRules()
  employer?: string | null;

  /** 农民工 */
  @IsOmittable()
  @IsBoolean()
  migrantWorker?: boolean;

  @IsOptional()
  @AddressRules()
  address?: string | null;
}

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
