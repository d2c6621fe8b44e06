import type { ValidationError } from 'class-validator';
import {
  checkIdentityNumber,
  isFen,
  isFieldCode,
  type FieldCode,
  type FieldProblem,
  type IdentityNumberError,
} from '@worker-aid/shared/domain';
import { invalid, type ApiError } from '../errors/api-error';

/**
 * Flattens class-validator errors into field problems that name the field, the rule's code and
 * the rule in words: `{ field: 'details.householdSize', code: 'integer', message: 'must be an integer number' }`.
 */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: FieldProblem[] = [];
    for (const [constraint, text] of Object.entries(error.constraints ?? {})) {
      const code = fieldCodeOf(constraint, error.value);
      // A missing value breaks every rule of its field; it is one problem: `required`.
      if (own.some((problem) => problem.code === code)) continue;
      own.push({ field, code, message: ruleText(text, error.property) });
    }
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/** The `"field: rule"` texts of v1's `message`. */
export function validationMessages(errors: ValidationError[], parent = ''): string[] {
  return fieldProblems(errors, parent).map((p) => `${p.field}: ${p.message}`);
}

export function validationException(errors: ValidationError[]): ApiError {
  return invalid(fieldProblems(errors));
}

/** class-validator's constraint names → the API's field codes. */
const CONSTRAINT_CODES: Record<string, FieldCode> = {
  isDefined: 'required',
  isNotEmpty: 'required',
  whitelistValidation: 'unknown_field',
  isString: 'string',
  isBoolean: 'boolean',
  isInt: 'integer',
  isNumber: 'number',
  isArray: 'array',
  isObject: 'object',
  nestedValidation: 'object',
  isUuid: 'uuid',
  isUUID: 'uuid',
  isIn: 'one_of',
  isEnum: 'one_of',
  min: 'min',
  max: 'max',
  minLength: 'min_length',
  maxLength: 'max_length',
  isLength: 'length',
  arrayMinSize: 'min_items',
  arrayMaxSize: 'max_items',
  arrayNotEmpty: 'min_items',
  matches: 'format',
  isFen: 'fen',
  isBankAccount: 'bank_account',
  isPhone: 'phone',
  isDay: 'date',
  isIso8601: 'date',
  medicalCostsAddUp: 'medical_costs',
  isSchoolYear: 'school_year',
};

const ID_NUMBER_CODES: Record<IdentityNumberError, FieldCode> = {
  length: 'id_number.length',
  format: 'id_number.format',
  region: 'id_number.region',
  birthDate: 'id_number.birth_date',
  checkCharacter: 'id_number.check_character',
};

function fieldCodeOf(constraint: string, value: unknown): FieldCode {
  if ((value === undefined || value === null) && constraint !== 'whitelistValidation') return 'required';
  // A whole number of fen that is zero or below breaks "more than zero"; anything else "fen".
  if (constraint === 'isPositiveFen') return isFen(value) ? 'positive' : 'fen';
  if (constraint === 'isResidentId') {
    if (typeof value !== 'string') return 'string';
    const check = checkIdentityNumber(value);
    return check.valid ? 'invalid' : ID_NUMBER_CODES[check.error];
  }
  const code = CONSTRAINT_CODES[constraint];
  if (code) return code;
  // A rule of our own named after its code (`registerDecorator({ name: 'not_future' })`).
  return isFieldCode(constraint) ? constraint : 'invalid';
}

function ruleText(text: string, property: string): string {
  if (text === `property ${property} should not exist`) return 'is not an allowed field';
  return text.startsWith(`${property} `) ? text.slice(property.length + 1) : text;
}
