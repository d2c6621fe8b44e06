import { ApiError } from '@worker-aid/api/core';
import { validDetails } from './case-details.validation';

function messages(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return (error.getResponse() as { message: string[] }).message;
  }
  return [];
}

describe('case details per type', () => {
  it('accepts each type’s required fields', () => {
    expect(
      validDetails('hardship', { cause: 'illness', householdSize: 3, monthlyHouseholdIncome: 120000 }),
    ).toEqual({
      cause: 'illness',
      householdSize: 3,
      monthlyHouseholdIncome: 120000,
    });
    expect(
      validDetails('education', {
        childName: '李明',
        school: '滁州中学',
        level: 'senior_high',
        schoolYear: '2026-2027',
        tuition: 300000,
      }),
    ).toMatchObject({ level: 'senior_high' });
    expect(
      validDetails('legal', {
        disputeKind: 'wage_arrears',
        opposingParty: '某建筑公司',
        amountClaimed: 4500000,
      }),
    ).toMatchObject({ disputeKind: 'wage_arrears' });
  });

  it('requires medical costs to add up', () => {
    const ok = {
      hospital: '市第一人民医院',
      diagnosis: '尿毒症',
      totalCost: 1000000,
      insuranceReimbursed: 600000,
      outOfPocket: 400000,
    };
    expect(validDetails('medical', ok)).toEqual(ok);
    expect(messages(() => validDetails('medical', { ...ok, outOfPocket: 300000 }))).toEqual([
      'details.totalCost: must equal insuranceReimbursed + outOfPocket',
    ]);
  });

  it('names missing, wrong and unknown fields', () => {
    expect(
      messages(() => validDetails('hardship', { cause: 'bad luck', householdSize: 0, extra: 1 })),
    ).toEqual(
      expect.arrayContaining([
        'details.extra: is not an allowed field',
        expect.stringMatching(/^details\.cause: must be one of/),
        'details.householdSize: must not be less than 1',
        'details.monthlyHouseholdIncome: must be a whole, non-negative number of fen',
      ]),
    );
    expect(
      messages(() =>
        validDetails('education', {
          childName: 'a',
          school: 'b',
          level: 'primary',
          schoolYear: '2026-2028',
          tuition: 1.5,
        }),
      ),
    ).toEqual([
      'details.schoolYear: must be two consecutive years, e.g. 2026-2027',
      'details.tuition: must be a whole, non-negative number of fen',
    ]);
  });
});
