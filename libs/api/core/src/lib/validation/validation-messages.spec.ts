import { ValidationError } from 'class-validator';
import { validationMessages } from './validation-messages';

function error(
  property: string,
  constraints: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError {
  return Object.assign(new ValidationError(), { property, constraints, children });
}

describe('validationMessages', () => {
  it('names the field and the rule', () => {
    expect(validationMessages([error('username', { isString: 'username must be a string' })])).toEqual([
      'username: must be a string',
    ]);
  });

  it('reports unknown fields', () => {
    expect(
      validationMessages([error('isAdmin', { whitelistValidation: 'property isAdmin should not exist' })]),
    ).toEqual(['isAdmin: is not an allowed field']);
  });

  it('uses dotted paths for nested objects', () => {
    const nested = error('details', {}, [
      error('householdSize', { min: 'householdSize must not be less than 1' }),
    ]);
    expect(validationMessages([nested])).toEqual(['details.householdSize: must not be less than 1']);
  });
});
