import { IsIn, IsString, Length } from 'class-validator';
import {
  OBJECTION_CHANNELS,
  OBJECTION_CONTENT_MAX_LENGTH,
  type ObjectionChannel,
  type ObjectionRequest,
} from '@worker-aid/shared/domain';
import { Trim } from '@worker-aid/api/core';

/**
 * An objection received during a public notice (公示异议), and how it reached the union: the one
 * body of the objections to a case, a file and a campaign's roster line.
 */
export class ObjectionDto implements ObjectionRequest {
  @Trim()
  @IsString()
  @Length(1, OBJECTION_CONTENT_MAX_LENGTH)
  content!: string;

  @IsIn(OBJECTION_CHANNELS)
  receivedVia!: ObjectionChannel;
}
