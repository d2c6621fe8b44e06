import { BadRequestException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';

/**
 * Flattens class-validator errors into messages that name the field and the rule,
 * `"details.householdSize: must be an integer number"`, as API.md asks.
 */
export function validationMessages(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map(
      (text) => `${path}: ${ruleText(text, error.property)}`,
    );
    return [...own, ...validationMessages(error.children ?? [], path)];
  });
}

function ruleText(text: string, property: string): string {
  if (text === `property ${property} should not exist`) return 'is not an allowed field';
  return text.startsWith(`${property} `) ? text.slice(property.length + 1) : text;
}

export function validationException(errors: ValidationError[]): BadRequestException {
  return new BadRequestException(validationMessages(errors));
}
