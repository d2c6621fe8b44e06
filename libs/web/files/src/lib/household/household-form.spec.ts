import {
  formPath,
  hardshipStandardOf,
  householdForm,
  householdMoney,
  householdRequest,
  memberForm,
} from './household-form';

const YEAR = 2026;

function filled() {
  const form = householdForm(YEAR);
  form.controls.members.at(0).setValue({
    name: ' 张秀英 ',
    relation: 'self',
    birthYear: '1985',
    health: 'chronic',
    work: 'employed',
    monthlyIncome: '1,500.5',
  });
  form.controls.members.push(memberForm({ name: '李明', relation: 'child', birthYear: 2015 }, YEAR));
  form.controls.members.at(1).patchValue({ work: 'student', monthlyIncome: '0' });
  form.patchValue({
    monthlyRigidExpenses: '200',
    mainCause: 'illness',
    secondaryCauses: ['low_income'],
    note: ' 住院 ',
  });
  return form;
}

describe('householdForm', () => {
  it('starts with one member, the worker, and rigid expenses of 0', () => {
    const form = householdForm(YEAR);
    expect(form.controls.members.length).toBe(1);
    expect(form.controls.members.at(0).controls.relation.value).toBe('self');
    expect(form.controls.monthlyRigidExpenses.value).toBe('0');
    expect(form.valid).toBe(false);
  });

  it('turns yuan into fen and trims text; every field is sent, empty ones as nothing', () => {
    const form = filled();
    expect(form.valid).toBe(true);
    expect(householdRequest(form.getRawValue())).toEqual({
      members: [
        {
          name: '张秀英',
          relation: 'self',
          birthYear: 1985,
          health: 'chronic',
          work: 'employed',
          monthlyIncome: 150050,
        },
        {
          name: '李明',
          relation: 'child',
          birthYear: 2015,
          health: 'healthy',
          work: 'student',
          monthlyIncome: 0,
        },
      ],
      monthlyRigidExpenses: 20000,
      suddenExpenses12m: 0,
      mainCause: 'illness',
      secondaryCauses: ['low_income'],
      note: '住院',
    });
    form.patchValue({ secondaryCauses: [], note: '  ' });
    expect(householdRequest(form.getRawValue())).toMatchObject({ secondaryCauses: [], note: '' });
    form.patchValue({ suddenExpenses12m: '1.5x' });
    expect(householdRequest(form.getRawValue())).toBeNull();
  });

  it('fills in a file’s household, money back in yuan', () => {
    const form = householdForm(YEAR, {
      members: [
        {
          name: '张秀英',
          relation: 'self',
          birthYear: 1985,
          health: 'healthy',
          work: 'retired',
          monthlyIncome: 123456,
        },
      ],
      monthlyRigidExpenses: 5000,
      suddenExpenses12m: 0,
      mainCause: 'disability',
      secondaryCauses: [],
      note: null,
    });
    expect(form.getRawValue()).toMatchObject({
      members: [{ monthlyIncome: '1234.56', birthYear: '1985' }],
      monthlyRigidExpenses: '50.00',
      suddenExpenses12m: '',
      note: '',
    });
  });

  it('wants exactly one "self", and says how many there are', () => {
    const form = filled();
    form.controls.members.at(1).controls.relation.setValue('self');
    expect(form.controls.members.errors).toEqual({ oneSelf: { count: 2 } });
    form.controls.members.at(0).controls.relation.setValue('spouse');
    form.controls.members.at(1).controls.relation.setValue('child');
    expect(form.controls.members.errors).toEqual({ oneSelf: { count: 0 } });
  });

  it('takes birth years from 1900 to this year only', () => {
    const year = householdForm(YEAR).controls.members.at(0).controls.birthYear;
    for (const [text, ok] of [
      ['1900', true],
      ['2026', true],
      ['1899', false],
      ['2027', false],
      ['85', false],
    ] as const) {
      year.setValue(text);
      expect([text, year.hasError('birthYear')]).toEqual([text, !ok]);
    }
  });

  it('refuses a secondary cause that repeats the main one, and more than three', () => {
    const form = filled();
    form.controls.secondaryCauses.setValue(['illness']);
    expect(form.hasError('notMainCause')).toBe(true);
    form.controls.secondaryCauses.setValue(['low_income', 'schooling', 'disaster', 'other']);
    expect(form.hasError('tooManySecondary')).toBe(true);
  });
});

describe('householdMoney', () => {
  it('counts empty amounts as nothing, and gives up on one that is not an amount', () => {
    const form = filled();
    form.controls.members.at(1).controls.monthlyIncome.setValue('');
    expect(householdMoney(form.getRawValue())).toEqual({
      members: [{ monthlyIncome: 150050 }, { monthlyIncome: 0 }],
      monthlyRigidExpenses: 20000,
      suddenExpenses12m: 0,
    });
    form.controls.suddenExpenses12m.setValue('abc');
    expect(householdMoney(form.getRawValue())).toBeNull();
  });
});

describe('hardshipStandardOf and formPath', () => {
  it('keeps the multiple in exact tenths', () => {
    expect(hardshipStandardOf({ povertyLine: 78000, relativeMultiple: 1.5, suddenSharePercent: 80 })).toEqual(
      {
        povertyLine: 78000,
        relativeMultipleTenths: 15,
        suddenSharePercent: 80,
      },
    );
  });

  it('names array elements as form paths', () => {
    expect(formPath('members[1].birthYear')).toBe('members.1.birthYear');
    expect(formPath('secondaryCauses')).toBe('secondaryCauses');
  });
});
