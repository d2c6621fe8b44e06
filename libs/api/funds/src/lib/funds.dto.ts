import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import {
  FUND_CODE_PATTERN,
  FUND_SOURCES,
  PAYMENT_METHODS,
  type AllocationRequest,
  type CreateFundRequest,
  type DisbursementRequest,
  type FundSource,
  type PaymentMethod,
  type ReversalRequest,
} from '@worker-aid/shared/domain';
import { IsFen } from '@worker-aid/shared/domain/validation';
import { PageQueryDto } from '@worker-aid/api/core';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class CreateFundDto implements CreateFundRequest {
  @IsString()
  @Matches(FUND_CODE_PATTERN, { message: 'must be 2–32 letters, digits, "-" or "_"' })
  code!: string;

  @Transform(trim)
  @IsString()
  @Length(2, 100)
  name!: string;

  @IsIn(FUND_SOURCES)
  source!: FundSource;
}

export class AllocationDto implements AllocationRequest {
  /** Fen, more than zero. */
  @IsFen()
  amount!: number;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  note?: string;
}

export class DisbursementDto implements DisbursementRequest {
  /** Fen, more than zero. */
  @IsFen()
  amount!: number;

  @IsUUID()
  fundId!: string;

  @IsIn(PAYMENT_METHODS)
  method!: PaymentMethod;

  /** The day the money went out, `YYYY-MM-DD`, never in the future. */
  @Matches(DAY, { message: 'must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'must be a real date' })
  paidOn!: string;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  reference?: string;
}

export class ReversalDto implements ReversalRequest {
  @Transform(trim)
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class DisbursementQueryDto extends PageQueryDto {
  @IsOptional()
  @Matches(DAY, { message: 'must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'must be a real date' })
  from?: string;

  @IsOptional()
  @Matches(DAY, { message: 'must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'must be a real date' })
  to?: string;

  @IsOptional()
  @IsUUID()
  fundId?: string;

  /** A unit and everything below it. */
  @IsOptional()
  @IsUUID()
  unitId?: string;
}
