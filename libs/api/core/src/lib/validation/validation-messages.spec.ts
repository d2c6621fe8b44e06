import { ValidationError } from 'class-validator';
import { fieldProblems, validationMessages } from './validation-messages';

function error(
  property: string,
  constraints: Record<string, string>,
  children: ValidationError[] = [],
  value?: unknown,
): ValidationError {
  return Object.assign(new ValidationError(), { property, constraints, children, value });
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

describe('fieldProblems', () => {
  it("gives each field's rule a code from the shared list", () => {
    const nested = error('details', {}, [
      error(
        'hospital',
        { isLength: 'hospital must be shorter', isNotEmpty: 'hospital should not be empty' },
        [],
        '',
      ),
      error('totalCost', { medicalCostsAddUp: 'must equal insuranceReimbursed + outOfPocket' }, [], 5),
    ]);
    expect(
      fieldProblems([
        nested,
        error('extra', { whitelistValidation: 'property extra should not exist' }, [], 1),
      ]),
    ).toEqual([
      { field: 'details.hospital', code: 'length', message: 'must be shorter' },
      { field: 'details.hospital', code: 'required', message: 'should not be empty' },
      {
        field: 'details.totalCost',
        code: 'medical_costs',
        message: 'must equal insuranceReimbursed + outOfPocket',
      },
      { field: 'extra', code: 'unknown_field', message: 'is not an allowed field' },
    ]);
  });

  it('says which rule of an identity number is broken', () => {
    const problem = (value: string) =>
      fieldProblems([error('idNumber', { isResidentId: 'x' }, [], value)])[0].code;
    expect(problem('34110219900101123')).toBe('id_number.length');
    expect(problem('34110219900101123A')).toBe('id_number.format');
    expect(problem('341102199001011230')).toBe('id_number.check_character');
  });

  it('falls back to "invalid" for a rule it does not know', () => {
    expect(fieldProblems([error('x', { someNewRule: 'x is odd' }, [], 3)])[0].code).toBe('invalid');
  });

  it('makes a missing value one `required` problem, whatever rules its field has', () => {
    expect(
      fieldProblems([error('comment', { isString: 'comment must be a string', isLength: 'too long' })]),
    ).toEqual([{ field: 'comment', code: 'required', message: 'must be a string' }]);
  });

  it('tells a zero amount of money that moves from one that is not a whole number of fen', () => {
    const amount = (value: unknown) =>
      fieldProblems([error('amount', { isPositiveFen: 'x' }, [], value)])[0].code;
    expect(amount(0)).toBe('positive');
    expect(amount(1.5)).toBe('fen');
    expect(amount(-100)).toBe('fen');
  });
});
