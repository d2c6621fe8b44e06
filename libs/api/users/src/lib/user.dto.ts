import { Transform } from 'class-transformer';
import { IsOmittable, PageQueryDto } from '@worker-aid/api/core';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  ROLES,
  USERNAME_PATTERN,
  type CreateUserRequest,
  type Role,
  type UpdateUserRequest,
  TEXT_LIMITS,
} from '@worker-aid/shared/domain';

const lowerCase = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
const PASSWORD_RULE = `must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`;

export class CreateUserDto implements CreateUserRequest {
  /** Login name: 2–32 lower-case letters, digits, ".", "-" or "_". */
  @Transform(lowerCase)
  @IsString()
  @Matches(USERNAME_PATTERN, { message: 'must be 2–32 lower-case letters, digits, ".", "-" or "_"' })
  username!: string;

  @IsString()
  @Length(1, TEXT_LIMITS.displayName)
  displayName!: string;

  @IsString()
  @Length(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, { message: PASSWORD_RULE })
  password!: string;

  @IsIn(ROLES)
  role!: Role;

  @IsUUID()
  unitId!: string;
}

export class UpdateUserDto implements UpdateUserRequest {
  @IsOmittable()
  @IsString()
  @Length(1, TEXT_LIMITS.displayName)
  displayName?: string;

  @IsOmittable()
  @IsIn(ROLES)
  role?: Role;

  /** False disables the user and invalidates their tokens. */
  @IsOmittable()
  @IsBoolean()
  active?: boolean;

  @IsOmittable()
  @IsString()
  @Length(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, { message: PASSWORD_RULE })
  password?: string;
}

export class UserQueryDto extends PageQueryDto {
  /** A fragment of the login or display name. */
  @IsOptional()
  @IsString()
  @Length(1, 64)
  q?: string;

  /** A unit and everything below it. */
  @IsOptional()
  @IsUUID()
  unitId?: string;
}
