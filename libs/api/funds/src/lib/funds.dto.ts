import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
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
  MIN_NAME_LENGTH,
  TEXT_LIMITS,
} from '@worker-aid/shared/domain';
import { IsDay, IsPositiveFen, PageQueryDto, Trim } from '@worker-aid/api/core';

export class CreateFundDto implements CreateFundRequest {
  @IsString()
  @Matches(FUND_CODE_PATTERN, { message: 'must be 2–32 letters, digits, "-" or "_"' })
  code!: string;

  @Trim()
  @IsString()
  @Length(MIN_NAME_LENGTH, TEXT_LIMITS.fundName)
  name!: string;

  @IsIn(FUND_SOURCES)
  source!: FundSource;
}

export class AllocationDto implements AllocationRequest {
  /** Fen, more than zero. */
  @IsPositiveFen()
  amount!: number;

  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, TEXT_LIMITS.allocationNote)
  note?: string;
}

export class DisbursementDto implements DisbursementRequest {
  /** Fen, more than zero. */
  @IsPositiveFen()
  amount!: number;

  @IsUUID()
  fundId!: string;

  @IsIn(PAYMENT_METHODS)
  method!: PaymentMethod;

  /** The day the money went out, `YYYY-MM-DD`, never in the future. */
  @IsDay()
  paidOn!: string;

  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, TEXT_LIMITS.paymentReference)
  reference?: string;
}

export class ReversalDto implements ReversalRequest {
  @Trim()
  @IsString()
  @Length(1, TEXT_LIMITS.reversalReason)
  reason!: string;
}

export class DisbursementQueryDto extends PageQueryDto {
  @IsOptional()
  @IsDay()
  from?: string;

  @IsOptional()
  @IsDay()
  to?: string;

  @IsOptional()
  @IsUUID()
  fundId?: string;

  /** A unit and everything below it. */
  @IsOptional()
  @IsUUID()
  unitId?: string;
}
