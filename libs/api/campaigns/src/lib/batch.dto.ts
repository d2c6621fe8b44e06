import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import {
  BANK_FILE_FORMATS,
  BATCH_FAILURE_MAX_LENGTH,
  BATCH_MAX_LINES,
  BATCH_OUTCOMES,
  PAYMENT_METHODS,
  type BankFileFormat,
  type BatchOutcome,
  type BatchResult,
  type BatchResultsRequest,
  type CreateBatchRequest,
  type PaymentMethod,
  type ReceiptsRequest,
} from '@worker-aid/shared/domain';
import { IsDay, IsPositiveFen, PageQueryDto, Trim } from '@worker-aid/api/core';

/** `POST /api/campaigns/:id/batches`. */
export class CreateBatchDto implements CreateBatchRequest {
  @IsIn(PAYMENT_METHODS)
  method!: PaymentMethod;

  /** The lines to put in the batch; every unpaid line (with an account, for a bank batch) when absent. */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BATCH_MAX_LINES)
  @IsUUID('all', { each: true })
  lineIds?: string[];

  @IsOptional()
  @IsUUID()
  layoutId?: string;
}

export class BatchResultDto implements BatchResult {
  @IsUUID()
  lineId!: string;

  @IsBoolean()
  paid!: boolean;

  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, BATCH_FAILURE_MAX_LENGTH)
  failure?: string;

  /** Fen the bank says it paid: refused line by line when not the batch line's. */
  @IsOptional()
  @IsPositiveFen()
  amount?: number;
}

/** `POST /api/batches/:id/results` as JSON. */
export class BatchResultsDto implements BatchResultsRequest {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BATCH_MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => BatchResultDto)
  results!: BatchResultDto[];

  /** The day the bank paid, never in the future; today when absent. */
  @IsOptional()
  @IsDay()
  paidOn?: string;
}

/** `POST /api/batches/:id/receipts`: the lines signed for (签收). */
export class ReceiptsDto implements ReceiptsRequest {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BATCH_MAX_LINES)
  @IsUUID('all', { each: true })
  lineIds!: string[];

  /** Never in the future. */
  @IsDay()
  receivedOn!: string;
}

/** `GET /api/batches/:id/lines`: in line number order. */
export class BatchLinesQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(BATCH_OUTCOMES)
  outcome?: BatchOutcome;
}

/** `GET /api/batches/:id/bank-file`. */
export class BankFileQueryDto {
  @IsOptional()
  @IsIn(BANK_FILE_FORMATS)
  format?: BankFileFormat;
}
