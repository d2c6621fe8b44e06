import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsObject,
  IsString,
  Length,
  ValidateNested,
} from 'class-validator';
import {
  BANK_FILE_FIELDS,
  BANK_HEADING_MAX_LENGTH,
  BANK_NAME_MAX_LENGTH,
  type BankFileColumn,
  type BankFileField,
  type BankLayout,
  type BankLayoutRequest,
} from '@worker-aid/shared/domain';
import { Trim } from '@worker-aid/api/core';

export class BankFileColumnDto implements BankFileColumn {
  @IsIn(BANK_FILE_FIELDS)
  field!: BankFileField;

  @Trim()
  @IsString()
  @Length(1, BANK_HEADING_MAX_LENGTH)
  heading!: string;
}

export class BankResultColumnsDto implements Required<BankLayout['resultColumns']> {
  @Trim()
  @IsString()
  @Length(1, BANK_HEADING_MAX_LENGTH)
  lineRef!: string;

  @Trim()
  @IsString()
  @Length(1, BANK_HEADING_MAX_LENGTH)
  status!: string;

  @Trim()
  @IsString()
  @Length(1, BANK_HEADING_MAX_LENGTH)
  reason!: string;

  @Trim()
  @IsString()
  @Length(1, BANK_HEADING_MAX_LENGTH)
  paidValue!: string;
}

/** `POST /api/bank-layouts` and `PUT /api/bank-layouts/:id`; `bankLayoutProblems` checks the whole. */
export class BankLayoutDto implements BankLayoutRequest {
  @Trim()
  @IsString()
  @Length(1, BANK_NAME_MAX_LENGTH)
  bankName!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BANK_FILE_FIELDS.length)
  @ValidateNested({ each: true })
  @Type(() => BankFileColumnDto)
  columns!: BankFileColumnDto[];

  @IsObject()
  @ValidateNested()
  @Type(() => BankResultColumnsDto)
  resultColumns!: BankResultColumnsDto;
}
