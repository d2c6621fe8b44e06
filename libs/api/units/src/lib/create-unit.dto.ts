import { IsIn, IsString, IsUUID, Length, Matches } from 'class-validator';
import {
  UNIT_CODE_PATTERN,
  UNIT_LEVELS,
  type CreateUnitRequest,
  type UnitLevel,
} from '@worker-aid/shared/domain';

export class CreateUnitDto implements CreateUnitRequest {
  /** Short, unique code, e.g. `CZ-EDU`. */
  @IsString()
  @Matches(UNIT_CODE_PATTERN, { message: 'must be 2–32 letters, digits, "-" or "_"' })
  code!: string;

  @IsString()
  @Length(2, 100)
  name!: string;

  @IsIn(UNIT_LEVELS)
  level!: UnitLevel;

  /** The unit one level above. */
  @IsUUID()
  parentId!: string;
}
