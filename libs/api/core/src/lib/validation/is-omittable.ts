import { ValidateIf } from 'class-validator';

/**
 * A field that may be left out of a body but, when sent, must pass its rules — unlike
 * `@IsOptional()`, which also waves `null` through to code that expects a value.
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
