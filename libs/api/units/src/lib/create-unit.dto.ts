import { IsIn, IsString, IsUUID, Length, Matches } from 'class-validator';
import {
  UNIT_CODE_PATTERN,
  UNIT_LEVELS,
  type CreateUnitRequest,
  type UnitLevel,
  MIN_NAME_LENGTH,
  TEXT_LIMITS,
} from '@worker-aid/shared/domain';

export class CreateUnitDto implements CreateUnitRequest {
  /** Short, unique code, e.g. `CZ-EDU`. */
  @IsString()
  @Matches(UNIT_CODE_PATTERN, { message: 'must be 2–32 letters, digits, "-" or "_"' })
  code!: string;

  @IsString()
  @Length(MIN_NAME_LENGTH, TEXT_LIMITS.unitName)
  name!: string;

  @IsIn(UNIT_LEVELS)
  level!: UnitLevel;

  /** The unit one level above. */
  @IsUUID()
  parentId!: string;
}
